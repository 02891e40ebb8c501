using System.Globalization;
using Microsoft.Extensions.Logging;

namespace WhatStyle.Agent.Providers;

/// <summary>
/// Cross-request state of every provider: cooldowns (Retry-After honoured, otherwise doubling from
/// <see cref="ProviderChainOptions.CooldownSeconds"/>), disabling on 401/403, last error and last success.
/// </summary>
internal sealed class ProviderHealthTracker(ProviderChainOptions options, TimeProvider timeProvider, ILogger logger)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, ProviderHealth> states = new(StringComparer.Ordinal);

    public TimeProvider TimeProvider => timeProvider;

    public ProviderHealth Get(string provider)
    {
        lock (gate)
        {
            return states.GetValueOrDefault(provider, ProviderHealth.Fresh);
        }
    }

    /// <summary>Why the provider must not be tried now (disabled, cooling down), or null when it may be.</summary>
    public string? UnavailableReason(string provider)
    {
        var health = Get(provider);
        if (health.Disabled)
        {
            return $"disabled until restart after {health.LastFailure?.Kind} (HTTP {health.LastFailure?.StatusCode})";
        }

        var now = timeProvider.GetUtcNow();
        return health.CoolingDownUntil is { } until && until > now
            ? string.Create(CultureInfo.InvariantCulture, $"cooling down for {(until - now).TotalSeconds:0.#}s after {health.LastFailure?.Kind}")
            : null;
    }

    public void RecordSuccess(string provider)
    {
        var now = timeProvider.GetUtcNow();
        lock (gate)
        {
            var health = states.GetValueOrDefault(provider, ProviderHealth.Fresh);
            states[provider] = health with { ConsecutiveFailures = 0, CoolingDownUntil = null, LastSuccessAt = now };
        }
    }

    public void RecordFailure(ProviderFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var now = timeProvider.GetUtcNow();
        TimeSpan? cooldown = null;
        lock (gate)
        {
            var health = states.GetValueOrDefault(failure.Provider, ProviderHealth.Fresh);
            health = health with { LastFailure = failure, LastFailureAt = now };
            if (failure.Kind == ProviderErrorKind.AuthenticationFailed)
            {
                health = health with { Disabled = true, CoolingDownUntil = null };
            }
            else if (failure.CoolsDown)
            {
                var failures = health.ConsecutiveFailures + 1;
                cooldown = CooldownFor(failure, failures);
                health = health with { ConsecutiveFailures = failures, CoolingDownUntil = now + cooldown.Value };
            }

            states[failure.Provider] = health;
        }

        Log(failure, cooldown);
    }

    private TimeSpan CooldownFor(ProviderFailure failure, int consecutiveFailures)
    {
        var max = TimeSpan.FromSeconds(options.MaxCooldownSeconds);
        if (failure.RetryAfter is { } retryAfter)
        {
            return retryAfter < max ? retryAfter : max;
        }

        var doubled = options.CooldownSeconds * Math.Pow(2, Math.Min(consecutiveFailures - 1, 16));
        return TimeSpan.FromSeconds(Math.Min(doubled, options.MaxCooldownSeconds));
    }

    private void Log(ProviderFailure failure, TimeSpan? cooldown)
    {
        switch (failure.Kind)
        {
            case ProviderErrorKind.AuthenticationFailed:
                logger.LogError(
                    "Provider {Provider} disabled until restart: its API key was rejected (HTTP {Status}). Check the key in configuration or the environment. {Message}",
                    failure.Provider, failure.StatusCode, failure.Message);
                break;
            case ProviderErrorKind.ConfigurationError:
                logger.LogError(
                    "Provider {Provider} rejected the request (HTTP {Status}): a configuration error (model, endpoint or an unsupported field); failing over. {Message}",
                    failure.Provider, failure.StatusCode, failure.Message);
                break;
            default:
                logger.LogWarning(
                    "Provider {Provider} failed ({Kind}{Status}); failing over and cooling it down for {CooldownSeconds:0.#}s. {Message}",
                    failure.Provider, failure.Kind, failure.StatusCode is { } status ? $", HTTP {status}" : "", cooldown?.TotalSeconds ?? 0, failure.Message);
                break;
        }
    }
}
