namespace WhatStyle.Agent.Providers;

/// <summary>One failed attempt, classified; the message is trimmed and holds no secrets.</summary>
/// <param name="Provider">The provider that failed.</param>
/// <param name="Kind">The classification.</param>
/// <param name="StatusCode">The HTTP status, when there was a response.</param>
/// <param name="RetryAfter">How long the provider asked us to wait (Retry-After), when it said.</param>
/// <param name="Message">A short description for logs and the health view.</param>
public sealed record ProviderFailure(string Provider, ProviderErrorKind Kind, int? StatusCode, TimeSpan? RetryAfter, string Message)
{
    /// <summary>Whether the failure puts the provider in a cooldown.</summary>
    public bool CoolsDown => Kind is not (ProviderErrorKind.AuthenticationFailed or ProviderErrorKind.ConfigurationError);

    /// <summary>One line for logs and exception messages.</summary>
    public override string ToString() =>
        $"{Provider}: {Kind}{(StatusCode is { } status ? $" (HTTP {status})" : "")}: {Message}";
}
