using WhatStyle.WhatsAppBridge.Sending;

namespace WhatStyle.WhatsAppBridge.Tests.Sending;

public sealed class GraphErrorPolicyTests
{
    [Theory]
    [InlineData(131056, 400, nameof(SendDecision.RecipientBackoff))]
    [InlineData(130429, 400, nameof(SendDecision.RetryWithBackoff))]
    [InlineData(131000, 500, nameof(SendDecision.RetryWithBackoff))]
    [InlineData(131016, 503, nameof(SendDecision.RetryWithBackoff))]
    [InlineData(4, 400, nameof(SendDecision.RetryWithBackoff))]
    [InlineData(80007, 400, nameof(SendDecision.RetryWithBackoff))]
    [InlineData(131047, 400, nameof(SendDecision.GiveUp))]
    [InlineData(131026, 400, nameof(SendDecision.GiveUp))]
    [InlineData(100, 400, nameof(SendDecision.GiveUp))]
    [InlineData(131009, 400, nameof(SendDecision.GiveUp))]
    [InlineData(190, 401, nameof(SendDecision.StopSending))]
    public void Decide_GraphErrorCode_FollowsMetaAdvice(int code, int status, string expected)
    {
        Assert.Equal(expected, GraphErrorPolicy.Decide(new GraphApiResult { ErrorCode = code, HttpStatus = status }).ToString());
    }

    [Theory]
    [InlineData(0, nameof(SendDecision.RetryWithBackoff))]
    [InlineData(500, nameof(SendDecision.RetryWithBackoff))]
    [InlineData(502, nameof(SendDecision.RetryWithBackoff))]
    [InlineData(429, nameof(SendDecision.RetryWithBackoff))]
    [InlineData(404, nameof(SendDecision.GiveUp))]
    public void Decide_NoGraphCode_UsesHttpStatus(int status, string expected)
    {
        Assert.Equal(expected, GraphErrorPolicy.Decide(new GraphApiResult { HttpStatus = status }).ToString());
    }

    [Fact]
    public void Backoff_GrowsExponentiallyAndIsCapped()
    {
        var baseDelay = TimeSpan.FromSeconds(1);
        var cap = TimeSpan.FromSeconds(30);

        Assert.Equal(TimeSpan.FromSeconds(1), GraphErrorPolicy.Backoff(1, baseDelay, cap, 0.5));
        Assert.Equal(TimeSpan.FromSeconds(8), GraphErrorPolicy.Backoff(4, baseDelay, cap, 0.5));
        Assert.Equal(cap, GraphErrorPolicy.Backoff(20, baseDelay, cap, 1.0));
        Assert.InRange(GraphErrorPolicy.Backoff(3, baseDelay, cap, 0.0), TimeSpan.FromSeconds(3.2), TimeSpan.FromSeconds(3.2));
    }

    [Fact]
    public void PairRateWait_IsFourToTheN()
    {
        var unit = TimeSpan.FromSeconds(1);

        Assert.Equal([1, 4, 16, 64], new[] { 0, 1, 2, 3 }.Select(n => GraphErrorPolicy.PairRateWait(n, unit).TotalSeconds));
    }
}
