using Microsoft.Extensions.Options;
using WhatStyle.Agent.Replies.PostProcessing;
using WhatStyle.Agent.Tests.Support;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Contacts.Style;
using WhatStyle.Tools.Tone.Emoji;

namespace WhatStyle.Agent.Tests.Replies.PostProcessing;

/// <summary>
/// The one emoji rule held against tricky sequences for its three users together: tone analysis, style learning (the
/// emoji rate) and the post-processor that enforces the learned rate must count the same emoji, or the reply agent
/// enforces a rate measured on something else.
/// </summary>
public sealed class EmojiRuleTests
{
    public static TheoryData<string, string[]> Samples => new()
    {
        { "family day 👨‍👩‍👧‍👦 finally", ["👨‍👩‍👧‍👦"] },
        { "coding 👩🏽‍💻 all night", ["👩🏽‍💻"] },
        { "off to 🇵🇹 then 🇩🇪", ["🇵🇹", "🇩🇪"] },
        { "go 🏴󠁧󠁢󠁳󠁣󠁴󠁿 and 🏳️‍🌈", ["🏴󠁧󠁢󠁳󠁣󠁴󠁿", "🏳️‍🌈"] },
        { "press 1️⃣ then #️⃣", ["1️⃣", "#️⃣"] },
        { "nice 👍🏽👍🏿", ["👍🏽", "👍🏿"] },
        { "love you ❤️ and ❤ and ❤️‍🔥", ["❤️", "❤", "❤️‍🔥"] },
        { "what ‼️ ok ✌🏽", ["‼️", "✌🏽"] },
        { "©️ mine, © 2026 Acme™", ["©️"] },
        { "done ✓ → next ★ item #1, 1. first", [] },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void ToneStyleAndPostProcessing_TrickySequences_CountTheSameEmoji(string text, string[] expected)
    {
        var tone = AgentHarness.SharedToneAnalyzer.Analyze(text).Emojis
            .Where(e => e.Kind == "emoji")
            .Select(e => e.Text)
            .ToArray();

        var state = new StyleAccumulator();
        new StyleLearner(Options.Create(new StyleOptions())).Observe(state, text, DateTimeOffset.UnixEpoch);
        var learned = StyleLearner.Describe(state);

        var postProcessed = EmojiText.Find(text);

        Assert.Equal(expected, tone);
        Assert.Equal(expected.Length, learned.EmojiRate, precision: 6);
        // A topic emoji (a flag, a keycap, ©️) is a favourite only once sent on several days; this is one message.
        Assert.Equal(expected.Distinct().Where(e => !EmojiMeaning.IsTopic(e)).Order(StringComparer.Ordinal), learned.TopEmoji.Order(StringComparer.Ordinal));
        Assert.Equal(expected, postProcessed);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void EnforceEmoji_NonePolicyOnTrickySequences_LeavesNoEmojiForToneOrStyleToFind(string text, string[] expected)
    {
        var enforced = StyleEnforcer.EnforceEmoji(text, EmojiPolicy.None, []);

        Assert.Empty(EmojiText.Find(enforced));
        Assert.DoesNotContain(AgentHarness.SharedToneAnalyzer.Analyze(enforced).Emojis, e => e.Kind == "emoji");
        foreach (var emoji in expected)
        {
            Assert.DoesNotContain(emoji, enforced, StringComparison.Ordinal);
        }
    }
}
