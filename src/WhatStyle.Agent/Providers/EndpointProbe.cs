using System.Globalization;

namespace WhatStyle.Agent.Providers;

/// <summary>
/// Whether a provider's host answers at all: one GET of its endpoint, where any HTTP answer (401 without a key,
/// 404 on the bare path) means reachable and only a refused connection or silence means not. `whatstyle providers`
/// asks it of every provider, so a provider with a key is not shown "ready" when its host cannot be reached.
/// </summary>
internal static class EndpointProbe
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(3);

    /// <summary>Null when the host answered; otherwise why it is unreachable (the same wording as the Ollama probe).</summary>
    public static async Task<string?> CheckAsync(Uri endpoint, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new SocketsHttpHandler { ConnectTimeout = timeout }) { Timeout = Timeout.InfiniteTimeSpan };
        using var timeoutSource = new CancellationTokenSource(timeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
        try
        {
            using var response = await http.GetAsync(endpoint, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            return null;
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
