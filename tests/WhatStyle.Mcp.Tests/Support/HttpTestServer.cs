using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using WhatStyle.McpHost.Hosting;

namespace WhatStyle.Mcp.Tests.Support;

/// <summary>The real HTTP host (same Build as <c>--http</c>) on an in-memory test server, with test domain services.</summary>
internal sealed class HttpTestServer : IAsyncDisposable
{
    private readonly List<McpClient> _clients = [];

    private HttpTestServer(WebApplication app, string dataDirectory)
    {
        App = app;
        DataDirectory = dataDirectory;
        HttpClient = app.GetTestClient();
    }

    public WebApplication App { get; }

    public string DataDirectory { get; }

    public HttpClient HttpClient { get; }

    /// <param name="arguments">Extra command-line arguments after <c>--http</c>, e.g. <c>--urls</c> or <c>--McpServer:ApiKey=…</c>.</param>
    public static async Task<HttpTestServer> StartAsync(params string[] arguments)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("whatstyle-mcp-http-").FullName;
        var app = HttpServerHost.Build(ServerCommandLine.Parse(["--http", .. arguments]), dataDirectory, builder =>
        {
            builder.WebHost.UseTestServer();
            TestDomain.ShareToneModel(builder.Services);
            TestDomain.AddFakesForMissing(builder.Services, dataDirectory);
        });
        await app.StartAsync(TestContext.Current.CancellationToken);
        await TestDomain.SeedAsync(app.Services, TestContext.Current.CancellationToken);
        return new HttpTestServer(app, dataDirectory);
    }

    public async Task<McpClient> ConnectAsync(
        HttpTransportMode mode = HttpTransportMode.StreamableHttp, string? protocolVersion = null, string? bearerToken = null)
    {
        var endpoint = new Uri(HttpClient.BaseAddress!, mode == HttpTransportMode.Sse ? "/mcp/sse" : "/mcp");
        var transport = new HttpClientTransport(
            new HttpClientTransportOptions
            {
                Endpoint = endpoint,
                TransportMode = mode,
                AdditionalHeaders = bearerToken is null ? null : new Dictionary<string, string> { ["Authorization"] = $"Bearer {bearerToken}" },
            },
            HttpClient,
            ownsHttpClient: false);
        var client = await McpClient.CreateAsync(
            transport,
            new McpClientOptions
            {
                ClientInfo = new Implementation { Name = "whatstyle-http-tests", Version = "1.0" },
                ProtocolVersion = protocolVersion,
                DiscoverProbeTimeout = Timeout.InfiniteTimeSpan,
            },
            cancellationToken: TestContext.Current.CancellationToken);
        _clients.Add(client);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            await client.DisposeAsync();
        }

        HttpClient.Dispose();
        await App.StopAsync(CancellationToken.None);
        await App.DisposeAsync();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A store still holding a file on some platforms; the OS temp cleaner gets it.
        }
    }
}
