using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace WhatStyle.Mcp.Tests.Support;

/// <summary>One test's world: a temp data directory, the domain services (seeded) and in-process MCP clients over pipes.</summary>
internal sealed class McpTestContext : IAsyncDisposable
{
    private readonly List<McpClient> _clients = [];

    private McpTestContext(string dataDirectory, ServiceProvider services, SeededContacts seeded)
    {
        DataDirectory = dataDirectory;
        Services = services;
        Seeded = seeded;
    }

    public string DataDirectory { get; }

    public ServiceProvider Services { get; }

    public SeededContacts Seeded { get; }

    /// <param name="configure">Replace services (e.g. a throwing fake) after the defaults are registered.</param>
    public static async Task<McpTestContext> CreateAsync(Action<IServiceCollection>? configure = null)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("whatstyle-mcp-tests-").FullName;
        var collection = new ServiceCollection();
        TestDomain.Register(collection, dataDirectory);
        configure?.Invoke(collection);
        var services = collection.BuildServiceProvider();
        var seeded = await TestDomain.SeedAsync(services, TestContext.Current.CancellationToken);
        return new McpTestContext(dataDirectory, services, seeded);
    }

    public async Task<McpClient> ConnectAsync(string? protocolVersion = null)
    {
        var options = new McpClientOptions
        {
            ClientInfo = new Implementation { Name = "whatstyle-tests", Version = "1.0" },
            ProtocolVersion = protocolVersion,
            // A busy CI machine must not trip the server/discover probe into falling back to initialize.
            DiscoverProbeTimeout = Timeout.InfiniteTimeSpan,
        };
        var client = await WhatStyleMcp.ConnectInProcessAsync(Services, TestContext.Current.CancellationToken, options);
        _clients.Add(client);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            await client.DisposeAsync();
        }

        await Services.DisposeAsync();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A store that still holds a file open on some platforms; the OS temp cleaner gets it.
        }
    }
}
