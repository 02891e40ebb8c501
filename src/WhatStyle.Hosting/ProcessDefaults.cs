using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace WhatStyle.Hosting;

/// <summary>The defaults every WhatStyle host sets once: the clock, logging to stderr, options checked at start.</summary>
public static class ProcessDefaults
{
    /// <summary>
    /// Registers <see cref="TimeProvider.System"/> (unless a test registered its own) and console logging that writes
    /// every level to stderr: stdout belongs to the MCP protocol in a stdio server and to results in the CLI.
    /// </summary>
    public static IServiceCollection AddWhatStyleProcessDefaults(this IServiceCollection services, LogLevel minimumLevel = LogLevel.Information)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging(logging => logging.AddStderrConsole().SetMinimumLevel(minimumLevel));
        return services;
    }

    /// <summary>Sends console logging to stderr, whatever else a host's builder added.</summary>
    public static ILoggingBuilder AddStderrConsole(this ILoggingBuilder logging)
    {
        ArgumentNullException.ThrowIfNull(logging);
        return logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
    }

    /// <summary>
    /// Binds <typeparamref name="TOptions"/> to <paramref name="sectionName"/>, checks its data annotations, and
    /// checks them when the host starts (or, in a host without a start, in <see cref="ValidateOptionsNow"/>).
    /// </summary>
    public static OptionsBuilder<TOptions> AddValidatedOptions<TOptions>(this IServiceCollection services, string sectionName)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.AddOptions<TOptions>().BindConfiguration(sectionName).ValidateDataAnnotations().ValidateOnStart();
    }

    /// <summary>
    /// Runs the checks <c>ValidateOnStart</c> registered, for a host that builds a service provider without a generic
    /// host (the CLI): a bad setting then stops it before any command runs, as it stops the servers.
    /// </summary>
    public static void ValidateOptionsNow(this IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.GetService<IStartupValidator>()?.Validate();
    }
}
