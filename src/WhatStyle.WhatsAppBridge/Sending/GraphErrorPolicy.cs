using System.Globalization;

namespace WhatStyle.WhatsAppBridge.Sending;

/// <summary>Maps a Graph API failure to the shared <see cref="SendFailure"/> (codes per Meta's error-code table; see NOTES.md §3).</summary>
internal static class GraphErrorPolicy
{
    public static SendFailure Classify(GraphApiResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var code = result.ErrorCode?.ToString(CultureInfo.InvariantCulture) ?? (result.HttpStatus == 0 ? "network" : $"http{result.HttpStatus}");
        return new SendFailure(Kind(result), code, result.ErrorMessage ?? "", result.RetryAfter, result.ErrorCode);
    }

    public static SendFailureKind Kind(GraphApiResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.ErrorCode switch
        {
            190 => SendFailureKind.Unauthorized,
            131056 => SendFailureKind.RecipientRate,
            // Throughput, app/WABA and spam rate limits, generic, service-unavailable and maintenance errors: the
            // channel, not the message. 131048 (spam rate limit) asks to slow down, which the outage backoff does.
            130429 or 131000 or 131016 or 131057 or 131048 or 4 or 80007 or 1 or 2 => SendFailureKind.Outage,
            // Outside the 24-hour window, undeliverable, and parameter errors will fail the same way again.
            131047 or 131026 or 131008 or 131009 or 131051 or 131052 or 131053 => SendFailureKind.Rejected,
            >= 100 and < 200 => SendFailureKind.Rejected,
            // A 429 or 5xx without a known code, or no answer at all: an outage whatever the body says.
            _ when result.HttpStatus == 0 || result.HttpStatus >= 500 || result.HttpStatus == 429 => SendFailureKind.Outage,
            _ => SendFailureKind.Rejected,
        };
    }
}
