using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WhatStyle.McpHost.Hosting;

namespace WhatStyle.Mcp.Tests.Hosting;

public sealed class ServerDefaultsTests
{
    private const string SdkCategory = "ModelContextProtocol.Server.McpServer";
    private const string AspNetCoreCategory = "Microsoft.AspNetCore.Hosting.Diagnostics";

    [Fact]
    public void StdioHost_Defaults_NoPerRequestSdkLogs()
    {
        using var host = StdioServerHost.Build(ServerCommandLine.Parse(["--stdio"]), Path.GetTempPath());
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger(SdkCategory);

        Assert.False(logger.IsEnabled(LogLevel.Information));
        Assert.True(logger.IsEnabled(LogLevel.Warning));
    }

    [Fact]
    public void StdioHost_CommandLineLogLevel_OverridesTheDefault()
    {
        using var host = StdioServerHost.Build(
            ServerCommandLine.Parse(["--stdio", "--Logging:LogLevel:ModelContextProtocol=Information"]), Path.GetTempPath());
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger(SdkCategory);

        Assert.True(logger.IsEnabled(LogLevel.Information));
    }

    [Fact]
    public async Task HttpHost_Defaults_NoPerRequestSdkOrAspNetCoreLogsButOwnInformationStays()
    {
        await using var app = HttpServerHost.Build(ServerCommandLine.Parse(["--http"]), Path.GetTempPath());
        var loggers = app.Services.GetRequiredService<ILoggerFactory>();

        Assert.False(loggers.CreateLogger(SdkCategory).IsEnabled(LogLevel.Information));
        Assert.False(loggers.CreateLogger(AspNetCoreCategory).IsEnabled(LogLevel.Information));
        Assert.True(loggers.CreateLogger("WhatStyle.McpHost.Hosting.ToneModelWarmup").IsEnabled(LogLevel.Information));
    }
}
