using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WhatStyle.Hosting;
using WhatStyle.Storage.Postgres;
using WhatStyle.Hosting.Redis;
using WhatStyle.Tools;
using WhatStyle.Tools.Storage;

namespace WhatStyle.Cli;

/// <summary>Builds the services a command needs from configuration, environment and the global options.</summary>
/// <remarks>
/// Configuration, lowest to highest precedence: appsettings.json beside the executable, appsettings.json in the
/// data directory, environment variables (e.g. Providers__Mistral__Model). Logs go to stderr only, as warnings.
/// </remarks>
internal static class CliServices
{
    /// <summary>
    /// Whether building the services checks that every registered service can be constructed: a check on the code,
    /// not on the user's settings (those are checked below in every build). Debug builds, which the tests run, check it;
    /// a release build skips it, some 30 ms of every command's start (docs/tone.md), as ASP.NET Core skips it outside
    /// Development.
    /// </summary>
#if DEBUG
    internal const bool ValidateGraph = true;
#else
    internal const bool ValidateGraph = false;
#endif

    /// <param name="parseResult">The command line.</param>
    /// <param name="configure">Adds the command's own services.</param>
    /// <param name="dataDirectory">Use this data directory instead of --data-dir's (a dry run's copy).</param>
    public static ServiceProvider Build(ParseResult parseResult, Action<IServiceCollection, IConfiguration>? configure = null, string? dataDirectory = null)
    {
        dataDirectory ??= HostEnvironment.ResolveDataDirectory(parseResult.GetValue(CliOptions.DataDir));
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddJsonFile(Path.Combine(dataDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddWhatStyleProcessDefaults(LogLevel.Warning);
        services.AddWhatStyleTools(configuration, dataDirectory);
        services.AddWhatStylePostgres(configuration);
        services.AddWhatStyleRedis(configuration);
        configure?.Invoke(services, configuration);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = ValidateGraph, ValidateScopes = true });
        // A bad setting stops the CLI as it stops the servers: before any command runs, in one line (CliApp).
        provider.ValidateOptionsNow();
        return provider;
    }
}
