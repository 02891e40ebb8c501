using Microsoft.Extensions.Options;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Contacts.Style;

namespace WhatStyle.Tools.Tests.Contacts.Style;

public sealed class StyleLearnerTests
{
    private static readonly DateTimeOffset T0 = new(2024, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly StyleLearner _learner = new(Options.Create(new StyleOptions { HalfLifeDays = 30 }));

    [Fact]
    public void Observe_TwoMessagesAtSameTime_GivesPlainMeans()
    {
        var state = new StyleAccumulator();
        _learner.Observe(state, "Hello 😀😀", T0);
        _learner.Observe(state, "Fine.", T0);

        var style = StyleLearner.Describe(state);

        Assert.Equal(2, style.MessageCount);
        Assert.Equal(1.0, style.EmojiRate, 6);
        Assert.Equal((8 + 5) / 2.0, style.MeanLength, 6);
        Assert.Equal(0.5, style.PeriodRate, 6);
        Assert.Equal(1.0, style.CapitalizedRate, 6);
        Assert.Equal(["😀"], style.TopEmoji);
    }

    [Fact]
    public void Observe_MessageOneHalfLifeOlder_WeighsHalf()
    {
        var state = new StyleAccumulator();
        _learner.Observe(state, "😀😀", T0);
        _learner.Observe(state, "no emoji", T0.AddDays(30));

        // (0.5 × 2 + 1 × 0) / (0.5 + 1)
        Assert.Equal(2 / 3.0, StyleLearner.Describe(state).EmojiRate, 6);
    }

    [Fact]
    public void Observe_OrderOfArrival_DoesNotChangeTheResult()
    {
        var forward = new StyleAccumulator();
        var backward = new StyleAccumulator();
        var messages = new[] { ("Hi!", T0), ("ok 😀", T0.AddDays(10)), ("Thank you very much.", T0.AddDays(45)), ("lol", T0.AddDays(90)) };

        foreach (var (text, time) in messages)
        {
            _learner.Observe(forward, text, time);
        }

        foreach (var (text, time) in messages.Reverse())
        {
            _learner.Observe(backward, text, time);
        }

        var a = StyleLearner.Describe(forward);
        var b = StyleLearner.Describe(backward);
        Assert.Equal(a.EmojiRate, b.EmojiRate, 9);
        Assert.Equal(a.MeanLength, b.MeanLength, 9);
        Assert.Equal(a.Formality, b.Formality, 9);
        Assert.Equal(a.ExclamationRate, b.ExclamationRate, 9);
    }

    [Fact]
    public void Observe_StyleChangesOverTime_FingerprintFollowsRecentMessages()
    {
        var state = new StyleAccumulator();
        for (var i = 0; i < 50; i++)
        {
            _learner.Observe(state, "Good evening. I hope you are well.", T0.AddDays(i));
        }

        for (var i = 0; i < 10; i++)
        {
            _learner.Observe(state, "heyyy 😀😀", T0.AddDays(200 + i));
        }

        var style = StyleLearner.Describe(state);

        // Relative to the newest message (day 209): old weights 2^(-(209-i)/30), new ones 2^(-(209-j)/30).
        var oldWeight = Enumerable.Range(0, 50).Sum(i => Math.Pow(2, -(209 - i) / 30.0));
        var newWeight = Enumerable.Range(200, 10).Sum(j => Math.Pow(2, -(209 - j) / 30.0));
        Assert.Equal(60, style.MessageCount);
        Assert.Equal(2 * newWeight / (oldWeight + newWeight), style.EmojiRate, 9);
        Assert.True(style.EmojiRate > 1.8, $"emoji rate {style.EmojiRate}");
        Assert.True(style.Formality < 0.3, $"formality {style.Formality}");
    }

    [Fact]
    public void Observe_ResponseDelays_TypicalIsGeometricMeanAndSlowRepliesIgnored()
    {
        var state = new StyleAccumulator();
        _learner.Observe(state, "a", T0, TimeSpan.FromSeconds(99));
        _learner.Observe(state, "b", T0, TimeSpan.FromSeconds(9999));
        _learner.Observe(state, "c", T0, TimeSpan.FromDays(3));

        // exp((ln 100 + ln 10000) / 2) - 1 = 999
        Assert.Equal(TimeSpan.FromSeconds(999), StyleLearner.Describe(state).TypicalResponseDelay);
    }

    [Fact]
    public void Describe_LengthQuantiles_ComeFromTheHistogram()
    {
        var state = new StyleAccumulator();
        foreach (var length in new[] { 2, 2, 2, 2, 2, 2, 2, 2, 2, 200 })
        {
            _learner.Observe(state, new string('a', length), T0);
        }

        var style = StyleLearner.Describe(state);

        Assert.InRange(style.MedianLength, 0, 4);
        Assert.InRange(style.P90Length, 0, 4);
        Assert.Equal(21.8, style.MeanLength, 6);
    }

    [Fact]
    public void Describe_OpenersClosersAndLanguage_AreLearned()
    {
        var state = new StyleAccumulator();
        for (var i = 0; i < 5; i++)
        {
            _learner.Observe(state, "Hey babe how are you xx", T0.AddMinutes(i));
            _learner.Observe(state, "Hallo, wie geht es dir heute", T0.AddMinutes(i));
        }

        var style = StyleLearner.Describe(state);

        Assert.Equal(["hallo", "hey"], style.Openers);
        Assert.Contains("xx", style.Closers);
        Assert.Equal(0.5, style.Languages["en"], 6);
        Assert.Equal(0.5, style.Languages["de"], 6);
    }

    [Fact]
    public void Profile_ExplicitSettings_WinOverLearnedStyle()
    {
        var state = new StyleAccumulator();
        _learner.Observe(state, "😀😀😀 yay", T0);
        var learned = StyleLearner.Describe(state);
        var contact = new Contact("ct_1", "Dad", [], [], []);

        var withSetting = new ContactProfile(contact, new ContactSettings { Emoji = EmojiPolicy.None, Language = "de" }, learned);
        var withoutSetting = new ContactProfile(contact, new ContactSettings(), learned);

        Assert.Equal(EmojiPolicy.None, withSetting.EmojiPolicy);
        Assert.Equal("de", withSetting.Language);
        Assert.Equal(EmojiPolicy.Heavy, withoutSetting.EmojiPolicy);
    }

    [Fact]
    public void Observe_Placeholder_IsIgnoredWhenEmpty()
    {
        var state = new StyleAccumulator();
        _learner.Observe(state, "   ", T0);

        Assert.Same(StyleFingerprint.Empty, StyleLearner.Describe(state));
    }

    [Fact]
    public void Describe_TopicEmojiFromOneEvening_IsNoFavourite()
    {
        // The demo's pizza-and-games evening: 🍕 and 🎲 outweigh 😂, but all on one day.
        var state = new StyleAccumulator();
        _learner.Observe(state, "YESSS 🍕🍕 count me in 😂", T0);
        _learner.Observe(state, "obviously 🎲🎲 prepare to lose 😎", T0.AddMinutes(30));
        _learner.Observe(state, "lets gooo 🙌😂 the more the merrier", T0.AddMinutes(60));

        var top = StyleLearner.Describe(state).TopEmoji;

        Assert.Equal(["😂", "🙌", "😎"], top);
    }

    [Fact]
    public void Describe_TopicEmojiOnThreeDays_IsAFavourite()
    {
        var state = new StyleAccumulator();
        for (var day = StyleLearner.TopicEmojiDays - 1; day >= 0; day--)
        {
            // Newest first: the days it was sent on do not depend on the order messages arrive in.
            _learner.Observe(state, "coffee? ☕", T0.AddDays(day));
            _learner.Observe(state, "ok ☕☕", T0.AddDays(day).AddMinutes(5));
        }

        Assert.Equal(["☕"], StyleLearner.Describe(state).TopEmoji);
        Assert.Equal(StyleLearner.TopicEmojiDays, state.EmojiDays.Single().Days.Count);
    }

    [Fact]
    public void Describe_TopicEmojiOnFewerDays_StaysOutEvenAfterClone()
    {
        var state = new StyleAccumulator();
        _learner.Observe(state, "☕", T0);
        _learner.Observe(state, "☕ 😊", T0.AddDays(1));

        Assert.Equal(["😊"], StyleLearner.Describe(state.Clone()).TopEmoji);
    }
}
