using System.Globalization;
using Microsoft.Extensions.Options;
using WhatStyle.WhatsAppBridge.Replies;

namespace WhatStyle.WhatsAppBridge.Sending;

/// <summary>
/// The send policy every channel shares: an outage (throttle, 5xx, network) or a recipient's rate limit is never the
/// message's fault, so it spends no attempt and the message waits, in its chat's order, for as long as it takes, up to
/// <see cref="ReplyPolicyOptions.MaxMessageAge"/> after it was queued; only then is it dead-lettered, with a reason saying so.
/// The channel's own <c>Retry-After</c> wins over the backoff. Only unexpected faults spend the
/// <see cref="SendingOptions.MaxAttempts"/>; a refused request is dead-lettered at once.
/// </summary>
internal sealed class SendPolicy(IOptionsMonitor<SendingOptions> options, IOptionsMonitor<ReplyPolicyOptions> replies)
{
    /// <summary>Decides what follows <paramref name="failure"/> of <paramref name="item"/>.</summary>
    /// <param name="failure">What the channel answered.</param>
    /// <param name="item">The item's attempts, pacing and age.</param>
    /// <param name="outageHits">Consecutive outage answers on the channel, this one included (drives the backoff).</param>
    /// <param name="now">The current time.</param>
    /// <param name="jitter01">A random number in [0, 1) for the ±20 % jitter.</param>
    public SendVerdict Decide(SendFailure failure, QueuedSend item, int outageHits, DateTimeOffset now, double jitter01)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var settings = options.CurrentValue;
        var error = $"{failure.Code}: {failure.Error}";
        switch (failure.Kind)
        {
            case SendFailureKind.Unauthorized:
                return new SendVerdict(SendAction.StopSending, now, SpendsAttempt: false, RecipientRateHit: false, null, error);
            case SendFailureKind.Rejected:
                return DeadLetter(error);
            case SendFailureKind.Fault:
                if (item.Attempts >= settings.MaxAttempts)
                {
                    return DeadLetter($"{error} (after {item.Attempts} attempts)");
                }

                var backoff = Backoff(item.Attempts, settings.RetryBaseDelay, settings.MaxRetryDelay, jitter01);
                return Wait(now + backoff, spends: true, recipientRate: false, pause: null);
        }

        // An outage or a recipient's pacing: the message waits until it is too old to be worth sending.
        var maxAge = replies.CurrentValue.MaxMessageAge;
        var deadline = item.QueuedAt + maxAge;
        if (now >= deadline)
        {
            var what = failure.Kind == SendFailureKind.Outage ? "the channel kept failing" : "the recipient's rate limit kept answering";
            return DeadLetter(string.Create(CultureInfo.InvariantCulture,
                $"not sent within Bridge:MaxMessageAge ({maxAge:c}) of being queued: {what} (last: {error})"));
        }

        if (failure.Kind == SendFailureKind.RecipientRate)
        {
            var pairWait = PairRateWait(item.RecipientRateHits, settings.PairRateLimitUnit);
            return Wait(Earliest(now + pairWait, deadline), spends: false, recipientRate: true, pause: null);
        }

        var wait = failure.RetryAfter is { } advised && advised > TimeSpan.Zero
            ? advised
            : Backoff(outageHits, settings.RetryBaseDelay, settings.MaxRetryDelay, jitter01);
        var at = Earliest(now + wait, deadline);
        return Wait(at, spends: false, recipientRate: false, pause: now + wait);

        SendVerdict DeadLetter(string reason) =>
            new(SendAction.DeadLetter, now, SpendsAttempt: failure.Kind == SendFailureKind.Fault, RecipientRateHit: false, null, reason);

        SendVerdict Wait(DateTimeOffset at, bool spends, bool recipientRate, DateTimeOffset? pause) =>
            new(SendAction.Retry, at, spends, recipientRate, pause, error);
    }

    private static DateTimeOffset Earliest(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    /// <summary>Capped exponential backoff with ±20 % jitter: base × 2^(n-1), at most <paramref name="cap"/>.</summary>
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
