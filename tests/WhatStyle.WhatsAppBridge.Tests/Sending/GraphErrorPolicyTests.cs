using WhatStyle.WhatsAppBridge.Sending;

namespace WhatStyle.WhatsAppBridge.Tests.Sending;

public sealed class GraphErrorPolicyTests
{
    [Theory]
    [InlineData(131056, 400, nameof(SendFailureKind.RecipientRate))]
    [InlineData(130429, 400, nameof(SendFailureKind.Outage))]
    [InlineData(131000, 500, nameof(SendFailureKind.Outage))]
    [InlineData(131016, 503, nameof(SendFailureKind.Outage))]
    [InlineData(131057, 500, nameof(SendFailureKind.Outage))]
    [InlineData(131048, 400, nameof(SendFailureKind.Outage))]
    [InlineData(4, 400, nameof(SendFailureKind.Outage))]
    [InlineData(80007, 400, nameof(SendFailureKind.Outage))]
    [InlineData(131047, 400, nameof(SendFailureKind.Rejected))]
    [InlineData(131026, 400, nameof(SendFailureKind.Rejected))]
    [InlineData(100, 400, nameof(SendFailureKind.Rejected))]
    [InlineData(131009, 400, nameof(SendFailureKind.Rejected))]
    [InlineData(190, 401, nameof(SendFailureKind.Unauthorized))]
    public void Kind_GraphErrorCode_FollowsMetaAdvice(int code, int status, string expected)
    {
        Assert.Equal(expected, GraphErrorPolicy.Kind(new GraphApiResult { ErrorCode = code, HttpStatus = status }).ToString());
    }

    [Theory]
    [InlineData(0, nameof(SendFailureKind.Outage))]
    [InlineData(500, nameof(SendFailureKind.Outage))]
    [InlineData(502, nameof(SendFailureKind.Outage))]
    [InlineData(429, nameof(SendFailureKind.Outage))]
    [InlineData(404, nameof(SendFailureKind.Rejected))]
    public void Kind_NoGraphCode_UsesHttpStatus(int status, string expected)
    {
        Assert.Equal(expected, GraphErrorPolicy.Kind(new GraphApiResult { HttpStatus = status }).ToString());
    }

    [Fact]
    public void Classify_RetryAfterAndCode_AreCarriedOver()
    {
        var failure = GraphErrorPolicy.Classify(new GraphApiResult { HttpStatus = 429, ErrorMessage = "slow down", RetryAfter = TimeSpan.FromSeconds(60) });

        Assert.Equal(SendFailureKind.Outage, failure.Kind);
        Assert.Equal("http429", failure.Code);
        Assert.Equal(TimeSpan.FromSeconds(60), failure.RetryAfter);
    }
}
