using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModelContextProtocol.Client;
using WhatStyle.Mcp;

namespace WhatStyle.Agent.Replies.Mcp;

/// <summary>
/// The agent's one MCP client, connected on first use: in-process over in-memory pipes by default (the exact tool
/// surface other clients see), or to an external server over stdio or HTTP.
/// </summary>
public sealed class McpConnection(IServiceProvider services, IOptions<McpConnectionOptions> options, ILoggerFactory loggerFactory) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private McpClient? _client;
    private IReadOnlyList<McpClientTool>? _tools;

    public string Description => options.Value.Describe();

    public async Task<McpClient> GetClientAsync(CancellationToken cancellationToken)
    {
        if (_client is not null)
        {
            return _client;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            return _client ??= await ConnectAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The server's tools, listed once.</summary>
    public async Task<IReadOnlyList<McpClientTool>> GetToolsAsync(CancellationToken cancellationToken)
    {
        if (_tools is null)
        {
            var client = await GetClientAsync(cancellationToken);
            _tools = [.. await client.ListToolsAsync(cancellationToken: cancellationToken)];
        }

        return _tools;
    }

    private async Task<McpClient> ConnectAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var clientOptions = new McpClientOptions { ClientInfo = new() { Name = "whatstyle-agent", Version = "1.0" } };
        if (settings.Url is not null)
        {
            var headers = settings.ApiKey is { Length: > 0 } key ? new Dictionary<string, string> { ["Authorization"] = $"Bearer {key}" } : null;
            var transport = new HttpClientTransport(new HttpClientTransportOptions { Endpoint = settings.Url, AdditionalHeaders = headers }, loggerFactory);
            return await McpClient.CreateAsync(transport, clientOptions, loggerFactory, cancellationToken);
        }

        if (!string.IsNullOrWhiteSpace(settings.Stdio))
        {
            var parts = CommandLineSplitter.Split(settings.Stdio);
            var transport = new StdioClientTransport(new StdioClientTransportOptions { Name = "whatstyle", Command = parts[0], Arguments = [.. parts.Skip(1)] }, loggerFactory);
            return await McpClient.CreateAsync(transport, clientOptions, loggerFactory, cancellationToken);
        }

        // The agent's own services, except that a tool's deliberate error (a lookup the agent handles) is not logged as a crash.
        return await WhatStyleMcp.ConnectInProcessAsync(new InProcessServerServices(services), cancellationToken, clientOptions);
    }

    public async ValueTask DisposeAsync()
    {
        if (_client is not null)
        {
            await _client.DisposeAsync();
        }

        _gate.Dispose();
    }
}
