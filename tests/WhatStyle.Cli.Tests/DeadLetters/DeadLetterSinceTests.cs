using WhatStyle.Cli.DeadLetters;

namespace WhatStyle.Cli.Tests.DeadLetters;

public sealed class DeadLetterSinceTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("30m", "2026-12-06T11:30:00Z")]
    [InlineData("6h", "2026-12-06T06:00:00Z")]
    [InlineData("2d", "2026-12-04T12:00:00Z")]
    [InlineData("2026-12-01", "2026-12-01T00:00:00Z")]
    [InlineData("2026-12-01T08:00+01:00", "2026-12-01T07:00:00Z")]
    public void TryParse_TimeOrHowLongAgo_GivesTheMoment(string text, string expected)
    {
        Assert.True(DeadLetterSince.TryParse(text, Now, out var since));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), since);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("5w")]
    [InlineData("")]
    public void TryParse_Nonsense_IsRefused(string text)
    {
        Assert.False(DeadLetterSince.TryParse(text, Now, out _));
    }
}
