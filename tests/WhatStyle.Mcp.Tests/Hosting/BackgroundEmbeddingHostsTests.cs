using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WhatStyle.McpHost.Hosting;

namespace WhatStyle.Mcp.Tests.Hosting;

/// <summary>
/// Both transports embed imported history in the background and read memory's global pool at start (#17): a stdio
/// client's session is as long-lived as an HTTP server.
/// </summary>
public sealed class BackgroundEmbeddingHostsTests
{
    private const string BackgroundEmbedding = "BackgroundEmbedding";
    private const string MemoryWarmup = "MemoryWarmup";

    [Fact]
    public void StdioHost_Build_RunsBackgroundEmbedding()
    {
        using var host = StdioServerHost.Build(ServerCommandLine.Parse(["--stdio"]), Path.GetTempPath());

        Assert.Contains(BackgroundEmbedding, HostedServiceNames(host.Services));
        Assert.Contains(MemoryWarmup, HostedServiceNames(host.Services));
    }

    [Fact]
    public async Task HttpHost_Build_RunsBackgroundEmbedding()
    {
        await using var app = HttpServerHost.Build(ServerCommandLine.Parse(["--http"]), Path.GetTempPath());

        Assert.Contains(BackgroundEmbedding, HostedServiceNames(app.Services));
        Assert.Contains(MemoryWarmup, HostedServiceNames(app.Services));
    }

    private static List<string> HostedServiceNames(IServiceProvider services) =>
        [.. services.GetServices<IHostedService>().Select(s => s.GetType().Name)];
}
