using Microsoft.Extensions.Options;
using WhatStyle.Tools.Contacts;
using WhatStyle.WhatsAppBridge.Replies;

namespace WhatStyle.WhatsAppBridge.Tests.Replies;

public sealed class ReplyPolicyTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    private static ReplyPolicy Policy(ReplyPolicyOptions options) => new(new StaticMonitor(options));

    [Fact]
    public void Decide_UnconfiguredContact_GetsDefaultMode()
    {
        Assert.Equal(ReplyMode.Auto, Policy(new ReplyPolicyOptions()).Decide("491", "491", Noon).Mode);
        Assert.Equal(ReplyMode.Draft, Policy(new ReplyPolicyOptions { DefaultMode = ReplyMode.Draft }).Decide("491", "491", Noon).Mode);
    }

    [Fact]
    public void Decide_PerContactModeAndGroupMode_OverrideDefault()
    {
        var options = new ReplyPolicyOptions { Contacts = { ["491"] = ReplyMode.Off, ["group-1"] = ReplyMode.Draft } };

        Assert.Equal(ReplyMode.Off, Policy(options).Decide("491", "491", Noon).Mode);
        Assert.Equal(ReplyMode.Draft, Policy(options).Decide("group-1", "491", Noon).Mode);
    }

    [Fact]
    public void Decide_ProfileMode_BeatsDefaultButNotConfiguration()
    {
        var options = new ReplyPolicyOptions { DefaultMode = ReplyMode.Auto, Contacts = { ["492"] = ReplyMode.Auto } };

        Assert.Equal(ReplyMode.Draft, Policy(options).Decide("491", "491", Noon, profileMode: ReplyMode.Draft).Mode);
        Assert.Equal(ReplyMode.Off, Policy(options).Decide("491", "491", Noon, profileMode: ReplyMode.Off).Mode);
        Assert.Equal(ReplyMode.Auto, Policy(options).Decide("492", "492", Noon, profileMode: ReplyMode.Off).Mode);
    }

    [Fact]
    public void Decide_DenyAndAllowLists_TurnContactsOff()
    {
        var deny = new ReplyPolicyOptions { Deny = ["491"] };
        var allow = new ReplyPolicyOptions { Allow = ["492"] };

        Assert.Equal(ReplyMode.Off, Policy(deny).Decide("491", "491", Noon).Mode);
        Assert.Equal(ReplyMode.Off, Policy(allow).Decide("491", "491", Noon).Mode);
        Assert.Equal(ReplyMode.Auto, Policy(allow).Decide("492", "492", Noon).Mode);
    }

    [Theory]
    [InlineData("22:00", "07:00", 23, "2026-11-25T07:00:00+00:00")]
    [InlineData("22:00", "07:00", 3, "2026-11-24T07:00:00+00:00")]
    [InlineData("22:00", "07:00", 12, null)]
    [InlineData("09:00", "17:00", 12, "2026-11-24T17:00:00+00:00")]
    public void Decide_QuietHours_PostponesAutoRepliesUntilTheyEnd(string start, string end, int hour, string? expectedEnd)
    {
        var options = new ReplyPolicyOptions { QuietHoursStart = TimeOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), QuietHoursEnd = TimeOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture) };
        var now = new DateTimeOffset(2026, 11, 24, hour, 30, 0, TimeSpan.Zero);

        var decision = Policy(options).Decide("491", "491", now);

        Assert.Equal(expectedEnd is null ? null : DateTimeOffset.Parse(expectedEnd, System.Globalization.CultureInfo.InvariantCulture), decision.NotBefore);
    }

    private sealed class StaticMonitor(ReplyPolicyOptions value) : IOptionsMonitor<ReplyPolicyOptions>
    {
        public ReplyPolicyOptions CurrentValue => value;

        public ReplyPolicyOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<ReplyPolicyOptions, string?> listener) => null;
    }
}
