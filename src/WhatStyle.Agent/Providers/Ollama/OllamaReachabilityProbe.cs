using System.Globalization;

namespace WhatStyle.Agent.Providers.Ollama;

/// <summary>
/// Ollama has no key to check, so it counts as configured only when its host answers: a cheap GET /api/version
/// with a short timeout, its result cached so the chain does not pay for it on every call.
/// </summary>
internal sealed class OllamaReachabilityProbe(HttpClient http, Uri endpoint, TimeSpan timeout, TimeSpan cacheFor, TimeProvider timeProvider)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private (DateTimeOffset At, string? Reason)? cached;

    /// <summary>Null when the host answered; otherwise why it is considered unreachable.</summary>
    public async ValueTask<string?> CheckAsync(CancellationToken cancellationToken)
    {
        if (Fresh() is { } hit)
        {
            return hit.Reason;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (Fresh() is { } again)
            {
                return again.Reason;
            }

            var reason = await ProbeAsync(cancellationToken);
            cached = (timeProvider.GetUtcNow(), reason);
            return reason;
        }
        finally
        {
            gate.Release();
        }
    }

    private (DateTimeOffset At, string? Reason)? Fresh() =>
        cached is { } entry && timeProvider.GetUtcNow() - entry.At < cacheFor ? entry : null;

    private async Task<string?> ProbeAsync(CancellationToken cancellationToken)
    {
        using var timeoutSource = new CancellationTokenSource(timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
        try
        {
            using var response = await http.GetAsync(new Uri(endpoint, "api/version"), HttpCompletionOption.ResponseHeadersRead, linked.Token);
            return response.IsSuccessStatusCode
                ? null
                : string.Create(CultureInfo.InvariantCulture, $"host {endpoint} answered HTTP {(int)response.StatusCode} to the probe");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return string.Create(CultureInfo.InvariantCulture, $"host {endpoint} did not answer within {timeout.TotalMilliseconds:0}ms");
        }
        catch (HttpRequestException ex)
        {
            return $"host {endpoint} unreachable ({ex.HttpRequestError})";
        }
    }
}
