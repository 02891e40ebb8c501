using Microsoft.Extensions.Options;
using WhatStyle.WhatsAppBridge.Replies;
using WhatStyle.WhatsAppBridge.Sending;

namespace WhatStyle.WhatsAppBridge.Tests.Sending;

public sealed class SendPolicyTests
{
    private static readonly DateTimeOffset Queued = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    private static SendPolicy Policy(TimeSpan? maxAge = null) => new(
        new StaticOptions<SendingOptions>(new SendingOptions
        {
            MaxAttempts = 3,
            RetryBaseDelay = TimeSpan.FromSeconds(1),
            MaxRetryDelay = TimeSpan.FromMinutes(5),
            PairRateLimitUnit = TimeSpan.FromSeconds(1),
        }),
        new StaticOptions<ReplyPolicyOptions>(new ReplyPolicyOptions { MaxMessageAge = maxAge ?? TimeSpan.FromHours(24) }));

    private static SendFailure Outage(TimeSpan? retryAfter = null) => new(SendFailureKind.Outage, "http429", "throttled", retryAfter);

    [Fact]
    public void Decide_OutageWithRetryAfter_WaitsThatLongPausesTheChannelAndSpendsNoAttempt()
    {
        var now = Queued.AddSeconds(5);

        var verdict = Policy().Decide(Outage(TimeSpan.FromSeconds(60)), new QueuedSend(1, 0, Queued), outageHits: 1, now, 0.5);

        Assert.Equal(SendAction.Retry, verdict.Action);
        Assert.Equal(now.AddSeconds(60), verdict.RetryAt);
        Assert.Equal(now.AddSeconds(60), verdict.PauseChannelUntil);
        Assert.False(verdict.SpendsAttempt);
    }

    [Fact]
    public void Decide_OutageAfterMoreAttemptsThanAllowed_StillWaits()
    {
        var verdict = Policy().Decide(Outage(), new QueuedSend(50, 0, Queued), outageHits: 12, Queued.AddHours(3), 0.5);

        Assert.Equal(SendAction.Retry, verdict.Action);
        Assert.Equal(Queued.AddHours(3).AddMinutes(5), verdict.RetryAt);
    }

    [Fact]
    public void Decide_OutageNearTheMaximumAge_RetriesAtTheDeadlineNotLater()
    {
        var now = Queued.AddHours(24).AddSeconds(-10);

        var verdict = Policy().Decide(Outage(TimeSpan.FromMinutes(2)), new QueuedSend(1, 0, Queued), 3, now, 0.5);

        Assert.Equal(Queued.AddHours(24), verdict.RetryAt);
    }

    [Fact]
    public void Decide_OutageOutlastingTheMaximumAge_DeadLettersWithAReasonThatSaysSo()
    {
        var verdict = Policy().Decide(Outage(), new QueuedSend(1, 0, Queued), 40, Queued.AddHours(24), 0.5);

        Assert.Equal(SendAction.DeadLetter, verdict.Action);
        Assert.Contains("Bridge:MaxMessageAge", verdict.Reason, StringComparison.Ordinal);
        Assert.Contains("http429", verdict.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_RecipientRate_WaitsFourToTheNForThatRecipientOnly()
    {
        var failure = new SendFailure(SendFailureKind.RecipientRate, "131056", "pair rate");

        var waits = Enumerable.Range(0, 4)
            .Select(hits => Policy().Decide(failure, new QueuedSend(1, hits, Queued), 0, Queued, 0.5))
            .ToList();

        Assert.Equal([1, 4, 16, 64], waits.Select(v => (v.RetryAt - Queued).TotalSeconds));
        Assert.All(waits, v => Assert.True(v.RecipientRateHit && !v.SpendsAttempt && v.PauseChannelUntil is null));
    }

    [Fact]
    public void Decide_FaultOnTheLastAttempt_DeadLetters()
    {
        var failure = new SendFailure(SendFailureKind.Fault, "exception", "IOException");

        Assert.Equal(SendAction.Retry, Policy().Decide(failure, new QueuedSend(2, 0, Queued), 0, Queued, 0.5).Action);
        var last = Policy().Decide(failure, new QueuedSend(3, 0, Queued), 0, Queued, 0.5);
        Assert.Equal(SendAction.DeadLetter, last.Action);
        Assert.Contains("after 3 attempts", last.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(nameof(SendFailureKind.Rejected), nameof(SendAction.DeadLetter))]
    [InlineData(nameof(SendFailureKind.Unauthorized), nameof(SendAction.StopSending))]
    public void Decide_RefusedRequests_AreNotRetried(string kind, string expected)
    {
        var failure = new SendFailure(Enum.Parse<SendFailureKind>(kind), "131047", "window closed");

        Assert.Equal(expected, Policy().Decide(failure, new QueuedSend(1, 0, Queued), 0, Queued, 0.5).Action.ToString());
    }

    [Fact]
    public void Backoff_GrowsExponentiallyAndIsCapped()
    {
        var baseDelay = TimeSpan.FromSeconds(1);
        var cap = TimeSpan.FromSeconds(30);

        Assert.Equal(TimeSpan.FromSeconds(1), SendPolicy.Backoff(1, baseDelay, cap, 0.5));
        Assert.Equal(TimeSpan.FromSeconds(8), SendPolicy.Backoff(4, baseDelay, cap, 0.5));
        Assert.Equal(cap, SendPolicy.Backoff(20, baseDelay, cap, 1.0));
        Assert.InRange(SendPolicy.Backoff(3, baseDelay, cap, 0.0), TimeSpan.FromSeconds(3.2), TimeSpan.FromSeconds(3.2));
    }

    private sealed class StaticOptions<T>(T value) : IOptionsMonitor<T>
    {
        public T CurrentValue => value;

        public T Get(string? name) => value;

        public IDisposable? OnChange(Action<T, string?> listener) => null;
    }
}
