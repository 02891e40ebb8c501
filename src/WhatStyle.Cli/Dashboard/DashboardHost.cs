using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WhatStyle.Agent.Providers;
using WhatStyle.Dashboard;
using WhatStyle.Dashboard.Bridge;
using WhatStyle.Hosting;
using WhatStyle.Storage.Postgres;
using WhatStyle.Tools;

namespace WhatStyle.Cli.Dashboard;

/// <summary>The dashboard served by the CLI over a data directory, for when no bridge runs (or beside one).</summary>
internal static class DashboardHost
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static WebApplication Build(string dataDirectory, string urls)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddJsonFile(Path.Combine(dataDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables();
        builder.WebHost.UseKestrel().UseUrls(urls);
        builder.Services.AddWhatStyleProcessDefaults(LogLevel.Warning);
        builder.Services.AddWhatStyleTools(builder.Configuration, dataDirectory);
        builder.Services.AddWhatStylePostgres(builder.Configuration);
        builder.Services.AddProviderChain(builder.Configuration);
        builder.Services.AddWhatStyleDashboard(builder.Configuration, dataDirectory);
        builder.Services.AddSingleton<IBridgeOperations>(sp => new OfflineBridgeOperations(dataDirectory, sp.GetRequiredService<IProviderChainStatus>(), sp.GetService<TimeProvider>()));

        var app = builder.Build();
        app.MapGet("/", () => Results.Redirect(DashboardPaths.Root));
        app.MapWhatStyleDashboard();
        return app;
    }
}
