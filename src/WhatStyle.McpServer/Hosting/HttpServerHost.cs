using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModelContextProtocol.AspNetCore;
using WhatStyle.Hosting;
using WhatStyle.Hosting.Events;
using WhatStyle.Hosting.Memory;
using WhatStyle.Hosting.Redis;
using WhatStyle.McpHost.Security;
using WhatStyle.Mcp;
using WhatStyle.Storage.Postgres;
using WhatStyle.Tools;

namespace WhatStyle.McpHost.Hosting;

/// <summary>Runs the server over HTTP: Streamable HTTP at /mcp (both protocol eras), legacy SSE at /mcp/sse, health at /health.</summary>
internal static class HttpServerHost
{
    public const string McpPath = "/mcp";
    public const string HealthPath = "/health";

    /// <summary>Host names accepted by default: loopback only, against DNS rebinding from web pages.</summary>
    public const string LoopbackHosts = "localhost;127.0.0.1;[::1]";

    /// <param name="commandLine">The parsed flags.</param>
    /// <param name="dataDirectory">The resolved data directory.</param>
    /// <param name="configure">Tests hook in here (test server, fake services) before the app is built.</param>
    /// <exception cref="OptionsValidationException">When the server would listen beyond loopback without an API key.</exception>
    public static WebApplication Build(ServerCommandLine commandLine, string dataDirectory, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(commandLine);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [.. commandLine.HostArguments],
            ContentRootPath = AppContext.BaseDirectory,
        });
        ServerDefaults.AddTo(builder.Configuration);
        builder.Configuration["urls"] = ListenAddresses.Normalize(commandLine.Urls ?? builder.Configuration["urls"] ?? ListenAddresses.DefaultUrl);
        if (string.IsNullOrWhiteSpace(builder.Configuration["AllowedHosts"]))
        {
            builder.Configuration["AllowedHosts"] = LoopbackHosts;
        }

        builder.Logging.ClearProviders();
        builder.Services.AddWhatStyleProcessDefaults();

        builder.Services.AddWhatStyleTools(builder.Configuration, dataDirectory);
        builder.Services.AddWhatStylePostgres(builder.Configuration);
        builder.Services.AddWhatStyleRedis(builder.Configuration);
        builder.Services.AddWhatStyleEventPublishing(builder.Configuration);
        builder.Services.AddHostedService<ToneModelWarmup>();
        builder.Services.AddBackgroundEmbedding();
        builder.Services.AddMemoryWarmup();
        builder.Services.AddHealthChecks();
        builder.Services.AddWhatStyleMcpServer().WithHttpTransport(options =>
        {
            // 2026-07-28 clients are served statelessly; initialize-era clients (2025-11-25 and older) get a session,
            // which legacy SSE also needs.
            options.SessionMode = HttpServerSessionMode.StatefulForInitializeClients;
#pragma warning disable MCP9004 // Legacy SSE has no backpressure; it is here only for older IDE clients.
            options.EnableLegacySse = true;
#pragma warning restore MCP9004
        });

        configure?.Invoke(builder);

        var apiKey = ResolveApiKey(builder.Configuration);
        var urls = ListenAddresses.Configured(builder.Configuration);
        if (apiKey is null && !ListenAddresses.AreLoopbackOnly(urls))
        {
            throw new OptionsValidationException(McpHttpSecurityOptions.SectionName, typeof(McpHttpSecurityOptions),
            [
                $"Listening beyond loopback ({string.Join(", ", urls)}) requires a bearer token: set {McpHttpSecurityOptions.SectionName}:ApiKey "
                + $"or {McpHttpSecurityOptions.ApiKeyEnvironmentVariable} (at least 16 characters).",
            ]);
        }

        var allowedOrigins = OriginValidationMiddleware.Configured(builder.Configuration);
        var app = builder.Build();
        app.UseMiddleware<OriginValidationMiddleware>(allowedOrigins);
        app.UseMiddleware<ClientErrorTextMiddleware>();
        if (apiKey is not null)
        {
            app.UseMiddleware<BearerTokenMiddleware>(BearerTokenMiddleware.Hash(apiKey), new Microsoft.AspNetCore.Http.PathString(HealthPath));
        }

        app.MapHealthChecks(HealthPath);
        app.MapMcp(McpPath);
        return app;
    }

    private static string? ResolveApiKey(IConfiguration configuration)
    {
        var options = new McpHttpSecurityOptions();
        configuration.GetSection(McpHttpSecurityOptions.SectionName).Bind(options);
        var key = string.IsNullOrWhiteSpace(options.ApiKey) ? configuration[McpHttpSecurityOptions.ApiKeyEnvironmentVariable] : options.ApiKey;
        if (string.IsNullOrWhiteSpace(key))
        {
            return null;
        }

        var trimmed = key.Trim();
        return trimmed.Length >= 16
            ? trimmed
            : throw new OptionsValidationException(McpHttpSecurityOptions.SectionName, typeof(McpHttpSecurityOptions),
                [$"{McpHttpSecurityOptions.SectionName}:ApiKey must be at least 16 characters."]);
    }
}
