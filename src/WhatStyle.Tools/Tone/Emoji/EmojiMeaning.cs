namespace WhatStyle.Tools.Tone.Emoji;

/// <summary>What one emoji says, for code outside the tone analyser (the reply post-processor chooses emoji by it).</summary>
/// <param name="Laugh">Laughing (😂, 🤣, 💀): only where there is something to laugh about.</param>
/// <param name="Tease">Teasing (😜, 😉): playful, never serious.</param>
/// <param name="Sarcasm">An eye roll (🙄, 😒).</param>
/// <param name="Distress">The writer may be hurting (😢, 💔).</param>
/// <param name="Affection">Love (❤️, 😘, 🤗).</param>
/// <param name="Sentiment">-1..1, from the catalog; 0 for an emoji it does not know.</param>
/// <param name="Topic">A thing rather than a feeling: see <see cref="EmojiMeaning.IsTopic"/>.</param>
public sealed record EmojiSense(bool Laugh, bool Tease, bool Sarcasm, bool Distress, bool Affection, double Sentiment, bool Topic);

/// <summary>
/// Reads an emoji through the project's catalog (emoji.tsv: emotion, sentiment, flags), so the post-processor decides
/// which emoji fit a reply by the same knowledge the tone analyser reads messages with.
/// </summary>
public static class EmojiMeaning
{
    /// <summary>What <paramref name="cluster"/> (one emoji grapheme cluster) conveys.</summary>
    public static EmojiSense Of(string cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var entry = ToneComponents.Shared.Emoji.Describe(cluster);
        return new EmojiSense(
            entry.Has(EmojiFlags.Laugh),
            entry.Has(EmojiFlags.Tease),
            entry.Has(EmojiFlags.Sarcasm),
            entry.Has(EmojiFlags.Distress),
            entry.Has(EmojiFlags.Affection),
            entry.Sentiment,
            IsTopic(cluster));
    }

    /// <summary>
    /// True for an emoji of a thing (food, drink, animals, plants, weather, places, activities, games, objects, symbols,
    /// flags: 🍕, 🎲, 🎉, 🔥, ☕); false for the Unicode emoji groups "Smileys &amp; Emotion" and "People &amp; Body"
    /// (faces, hearts, hand gestures, people), which say how the writer feels and fit any subject.
    /// </summary>
    /// <remarks>
    /// Judged on the cluster's first code point by the Unicode blocks those two groups occupy (emoji-test.txt), so an emoji
    /// the catalog does not know is still placed: a skin tone or a ZWJ sequence ("🤦‍♀️", "❤️‍🔥") goes with its base.
    /// </remarks>
    public static bool IsTopic(string cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        if (!EmojiClusters.IsEmoji(cluster))
        {
            return false;
        }

        var first = cluster.EnumerateRunes().First().Value;
        return !IsFeelingOrPerson(first);
    }

    private static bool IsFeelingOrPerson(int v) =>
        // Faces, cat faces, monkeys and gesturing people (😀..🙏); hands, body parts and people (👀..💇), kiss mark to
        // love letter, hearts (💓..💟), the emotion symbols (💢 💥 💦 💨 💫 💬 💭 💤 💯, 💩) and 💪.
        v is (>= 0x1F600 and <= 0x1F64F) or (>= 0x1F440 and <= 0x1F487) or (>= 0x1F48B and <= 0x1F48C)
            or 0x1F48F or 0x1F491 or (>= 0x1F493 and <= 0x1F49F) or (>= 0x1F4A2 and <= 0x1F4AD) or 0x1F4AF
            // 🖐 🖕 🖖, 🖤, 🗣, the supplemental faces, hands and people (🤌..🤾), 🥰..🥺, people and body parts.
            or 0x1F590 or 0x1F595 or 0x1F596 or 0x1F5A4 or 0x1F5E3 or (>= 0x1F90C and <= 0x1F93E)
            or (>= 0x1F970 and <= 0x1F97A) or (>= 0x1F9B0 and <= 0x1F9B9) or (>= 0x1F9CC and <= 0x1F9DF) or 0x1F9E1
            // Symbols and Pictographs Extended-A: anatomical heart, people hugging, pink/blue/grey hearts, new faces and hands.
            or (>= 0x1FAC0 and <= 0x1FAC5) or (>= 0x1FA75 and <= 0x1FA77) or (>= 0x1FAE0 and <= 0x1FAF8)
            // Basic plane: ☝ ☠ ☹ ☺, ✊ ✋ ✌ ✍, ❣ ❤.
            or 0x261D or 0x2620 or 0x2639 or 0x263A or (>= 0x270A and <= 0x270D) or 0x2763 or 0x2764;
}
