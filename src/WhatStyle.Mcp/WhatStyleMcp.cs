using System.IO.Pipelines;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace WhatStyle.Mcp;

/// <summary>Connects to the WhatStyle MCP server inside the current process: the same tool surface stdio and HTTP clients see, over in-memory pipes.</summary>
public static class WhatStyleMcp
{
    // Built once: the tool, resource and prompt collections are reflection-heavy and identical for every connection.
    private static readonly Lazy<IOptionsFactory<McpServerOptions>> ServerOptionsFactory = new(() =>
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddWhatStyleMcpServer();
        return services.BuildServiceProvider().GetRequiredService<IOptionsFactory<McpServerOptions>>();
    });

    /// <summary>
    /// Starts a server whose tools resolve their services from <paramref name="toolServices"/> (a provider with
    /// <c>AddWhatStyleTools</c>) and returns a client connected to it. Disposing the client stops the server.
    /// </summary>
    public static async Task<McpClient> ConnectInProcessAsync(
        IServiceProvider toolServices, CancellationToken cancellationToken = default, McpClientOptions? clientOptions = null)
    {
        var connection = await ConnectCoreAsync(toolServices, clientOptions, cancellationToken);
        return connection.Client;
    }

    /// <summary>As <see cref="ConnectInProcessAsync"/>, also returning the server's run task (tests watch it end).</summary>
    internal static async Task<(McpClient Client, Task ServerCompletion)> ConnectCoreAsync(
        IServiceProvider toolServices, McpClientOptions? clientOptions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(toolServices);
        var loggerFactory = toolServices.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance;
        var clientToServer = new Pipe();
        var serverToClient = new Pipe();

        var options = ServerOptionsFactory.Value.Create(Options.DefaultName);
        var transport = new StreamServerTransport(
            clientToServer.Reader.AsStream(), serverToClient.Writer.AsStream(), WhatStyleMcpServerServiceCollectionExtensions.ServerName, loggerFactory);
        var server = ModelContextProtocol.Server.McpServer.Create(transport, options, loggerFactory, toolServices);
        var serverCompletion = RunAsync(server, serverToClient.Writer);

        try
        {
            var client = await McpClient.CreateAsync(
                new StreamClientTransport(clientToServer.Writer.AsStream(), serverToClient.Reader.AsStream(), loggerFactory),
                clientOptions ?? new McpClientOptions { ClientInfo = new Implementation { Name = "whatstyle-in-process", Version = "1.0" } },
                loggerFactory,
                cancellationToken);
            _ = CloseServerInputWhenClientEndsAsync(client, clientToServer.Writer);
            return (client, serverCompletion);
        }
        catch
        {
            await clientToServer.Writer.CompleteAsync();
            await serverCompletion;
            throw;
        }
    }

    // The stream client transport does not close the server's input on disposal; without this the server would run on.
    private static async Task CloseServerInputWhenClientEndsAsync(McpClient client, PipeWriter serverInput)
    {
        await ((Task)client.Completion).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await serverInput.CompleteAsync();
    }

    // The server runs until the client closes its end of the pipe (client disposal), then cleans up after itself.
    private static async Task RunAsync(ModelContextProtocol.Server.McpServer server, PipeWriter serverOutput)
    {
        try
        {
            await server.RunAsync(CancellationToken.None);
        }
        finally
        {
            await server.DisposeAsync();
            await serverOutput.CompleteAsync();
        }
    }
}
