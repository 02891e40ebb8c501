using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using WhatStyle.Agent.Providers;

namespace WhatStyle.Agent.Tests.Providers;

public sealed class ProviderErrorClassifierTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(429, ProviderErrorKind.RateLimited)]
    [InlineData(500, ProviderErrorKind.ServerError)]
    [InlineData(503, ProviderErrorKind.ServerError)]
    [InlineData(401, ProviderErrorKind.AuthenticationFailed)]
    [InlineData(403, ProviderErrorKind.AuthenticationFailed)]
    [InlineData(408, ProviderErrorKind.Timeout)]
    [InlineData(400, ProviderErrorKind.ConfigurationError)]
    [InlineData(404, ProviderErrorKind.ConfigurationError)]
    [InlineData(422, ProviderErrorKind.ConfigurationError)]
    public void Classify_HttpStatus_MapsToKind(int status, ProviderErrorKind expected)
    {
        var failure = ProviderErrorClassifier.Classify("ollama", new HttpRequestException("boom", null, (HttpStatusCode)status), Now);

        Assert.Equal(expected, failure.Kind);
        Assert.Equal(status, failure.StatusCode);
    }

    [Fact]
    public void Classify_ConnectionRefused_IsConnectionFailure() =>
        Assert.Equal(
            ProviderErrorKind.ConnectionFailed,
            ProviderErrorClassifier.Classify("ollama", new HttpRequestException("refused", new SocketException((int)SocketError.ConnectionRefused)), Now).Kind);

    [Fact]
    public void Classify_TimeoutsAndGarbage_AreTransient()
    {
        Assert.Equal(ProviderErrorKind.Timeout, ProviderErrorClassifier.Classify("x", new TaskCanceledException(), Now).Kind);
        Assert.Equal(ProviderErrorKind.Timeout, ProviderErrorClassifier.Classify("x", new TimeoutException(), Now).Kind);
        Assert.Equal(ProviderErrorKind.InvalidResponse, ProviderErrorClassifier.Classify("x", new JsonException("bad"), Now).Kind);
        Assert.True(ProviderErrorClassifier.Classify("x", new InvalidOperationException("?"), Now).CoolsDown);
    }

    [Fact]
    public void Classify_MessageWithSecret_IsRedactedAndTrimmed()
    {
        var failure = ProviderErrorClassifier.Classify("x", new InvalidOperationException("key sk-123 rejected\n" + new string('a', 500)), Now, ["sk-123"]);

        Assert.DoesNotContain("sk-123", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", failure.Message, StringComparison.Ordinal);
        Assert.True(failure.Message.Length <= 301);
    }

    [Theory]
    [InlineData("30", null, 30_000)]
    [InlineData("1.5", null, 1_500)]
    [InlineData(null, "250", 250)]
    [InlineData("Tue, 24 Nov 2026 12:02:00 GMT", null, 120_000)]
    [InlineData("Tue, 24 Nov 2026 11:00:00 GMT", null, 0)]
    public void ParseRetryAfter_SecondsDatesAndMilliseconds_AreRelativeToNow(string? retryAfter, string? retryAfterMs, int expectedMs) =>
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), ProviderErrorClassifier.ParseRetryAfter(retryAfter, retryAfterMs, Now));

    [Theory]
    [InlineData(null)]
    [InlineData("soon")]
    public void ParseRetryAfter_MissingOrUnreadable_IsNull(string? retryAfter) =>
        Assert.Null(ProviderErrorClassifier.ParseRetryAfter(retryAfter, null, Now));
}
