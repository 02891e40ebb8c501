using System.Reflection;
using LiteDB;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using WhatStyle.Tools.Storage;

namespace WhatStyle.Hosting;

/// <summary>
/// Turns what can go wrong while a host starts (a bad setting, unusable storage, a port or lock held elsewhere)
/// into one line on stderr and exit code 1: a person starting a host should read the cause, not a stack trace.
/// </summary>
public static class StartupErrors
{
    /// <summary>Exit code of a host that could not start.</summary>
    public const int ExitCode = 1;

    /// <summary>Runs <paramref name="run"/>; an expected start-up failure becomes "<paramref name="hostName"/>: cause".</summary>
    public static async Task<int> RunAsync(string hostName, Func<Task<int>> run, TextWriter? error = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(hostName);
        ArgumentNullException.ThrowIfNull(run);
        error ??= Console.Error;
        try
        {
            return await run().ConfigureAwait(false);
        }
        catch (Exception ex) when (Describe(ex) is { } cause)
        {
            await error.WriteLineAsync($"{hostName}: {cause}").ConfigureAwait(false);
            return ExitCode;
        }
    }

    /// <summary>Environment name under which start-up failures propagate as exceptions, to the test that started the host.</summary>
    public const string TestingEnvironment = "Testing";

    /// <summary>
    /// Runs a built host until it stops; a failure to start (a bad setting, unusable storage, a lock held elsewhere)
    /// becomes "<paramref name="hostName"/>: cause" and exit code 1.
    /// </summary>
    /// <remarks>
    /// In the <see cref="TestingEnvironment"/> the exception propagates instead: a test host factory
    /// (WebApplicationFactory) runs this same entry point and needs the failure, not an entry point that ended normally.
    /// </remarks>
    public static Task<int> RunHostAsync(this IHost host, string hostName, TextWriter? error = null)
    {
        ArgumentNullException.ThrowIfNull(host);
        if (host.Services.GetService(typeof(IHostEnvironment)) is IHostEnvironment environment && environment.IsEnvironment(TestingEnvironment))
        {
            return RunToEndAsync(host);
        }

        return RunAsync(hostName, () => RunToEndAsync(host), error);

        static async Task<int> RunToEndAsync(IHost host)
        {
            await host.RunAsync().ConfigureAwait(false);
            return 0;
        }
    }

    /// <summary>The one-line cause of an expected start-up failure, or null for a bug (which keeps its stack trace).</summary>
    public static string? Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return Unwrap(exception) switch
        {
            OptionsValidationException invalid => $"invalid setting: {string.Join(" ", invalid.Failures)}",
            InvalidOperationException unconvertible when IsUnconvertibleSetting(unconvertible) => $"invalid setting: {unconvertible.Message}",
            StorageException storage => storage.Message,
            HostStartupException startup => startup.Message,
            LiteException lite => $"the database could not be opened: {lite.Message}",
            System.Net.Sockets.SocketException socket => $"cannot listen there: {socket.Message}",
            UnauthorizedAccessException denied => $"access denied: {denied.Message}",
            IOException io => io.Message,
            _ => null,
        };
    }

    // The configuration binder's own failure for a value of the wrong type (a word where a TimeSpan or an enum name
    // belongs). It names the key and the type; the value is the operator's own and never a secret's (secrets are strings).
    private static bool IsUnconvertibleSetting(InvalidOperationException exception) =>
        exception.InnerException is not null
        && exception.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal);

    // Hosts wrap what a hosted service or a singleton factory threw; the cause is the innermost expected one.
    private static Exception Unwrap(Exception exception)
    {
        var current = exception;
        while (current is AggregateException { InnerExceptions.Count: 1 } or TargetInvocationException && current.InnerException is not null)
        {
            current = current.InnerException;
        }

        return current;
    }
}
