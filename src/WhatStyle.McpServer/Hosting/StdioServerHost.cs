using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WhatStyle.Hosting;
using WhatStyle.Hosting.Events;
using WhatStyle.Hosting.Memory;
using WhatStyle.Hosting.Redis;
using WhatStyle.Mcp;
using WhatStyle.Storage.Postgres;
using WhatStyle.Tools;

namespace WhatStyle.McpHost.Hosting;

/// <summary>Runs the server over stdin/stdout. Nothing but the protocol may reach stdout, so every log goes to stderr.</summary>
internal static class StdioServerHost
{
    public static IHost Build(ServerCommandLine commandLine, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(commandLine);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [.. commandLine.HostArguments],
            // Clients launch the server from any working directory; settings live beside the DLL.
            ContentRootPath = AppContext.BaseDirectory,
        });
        ServerDefaults.AddTo(builder.Configuration);
        builder.Logging.ClearProviders();
        builder.Services.AddWhatStyleProcessDefaults();
        builder.Services.Configure<ConsoleLifetimeOptions>(options => options.SuppressStatusMessages = true);

        builder.Services.AddWhatStyleTools(builder.Configuration, dataDirectory);
        builder.Services.AddWhatStylePostgres(builder.Configuration);
        builder.Services.AddWhatStyleRedis(builder.Configuration);
        builder.Services.AddWhatStyleEventPublishing(builder.Configuration);
        builder.Services.AddHostedService<ToneModelWarmup>();
        // A client keeps its stdio server for the whole session, so imported history gets embedded here too; a second
        // server on the same data directory only repeats some of the work (each batch is stored before the next).
        builder.Services.AddBackgroundEmbedding();
        builder.Services.AddMemoryWarmup();
        builder.Services.AddWhatStyleMcpServer().WithStdioServerTransport();
        return builder.Build();
    }
}
