namespace WhatStyle.WhatsAppBridge.Sending;

/// <summary>Maps a Graph API failure to a <see cref="SendDecision"/> (codes per Meta's error-code table; see NOTES.md §3).</summary>
internal static class GraphErrorPolicy
{
    public static SendDecision Decide(GraphApiResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.ErrorCode switch
        {
            190 => SendDecision.StopSending,
            131056 => SendDecision.RecipientBackoff,
            // Throughput, app/WABA rate limits, generic and service-unavailable errors are transient.
            130429 or 131000 or 131016 or 4 or 80007 or 1 or 2 => SendDecision.RetryWithBackoff,
            // Outside the 24-hour window, undeliverable, and parameter errors will fail the same way again.
            131047 or 131026 or 131008 or 131009 or 131051 or 131052 or 131053 => SendDecision.GiveUp,
            >= 100 and < 200 => SendDecision.GiveUp,
            _ when result.HttpStatus == 0 || result.HttpStatus >= 500 || result.HttpStatus == 429 => SendDecision.RetryWithBackoff,
            _ => SendDecision.GiveUp,
        };
    }

    /// <summary>Capped exponential backoff with ±20 % jitter: base × 2^(attempt-1), at most <paramref name="cap"/>.</summary>
    public static TimeSpan Backoff(int attempt, TimeSpan baseDelay, TimeSpan cap, double jitter01)
    {
        var exponent = Math.Clamp(attempt - 1, 0, 30);
        var delay = Math.Min(baseDelay.TotalMilliseconds * Math.Pow(2, exponent), cap.TotalMilliseconds);
        var jittered = delay * (0.8 + (0.4 * jitter01));
        return TimeSpan.FromMilliseconds(Math.Min(jittered, cap.TotalMilliseconds));
    }

    /// <summary>Meta's advice for 131056: retry after 4^n seconds, n counting from 0.</summary>
    public static TimeSpan PairRateWait(int priorHits, TimeSpan unit) =>
        TimeSpan.FromMilliseconds(unit.TotalMilliseconds * Math.Pow(4, Math.Clamp(priorHits, 0, 10)));
}
