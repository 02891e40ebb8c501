using System.Text.RegularExpressions;
using WhatStyle.Tools.Contacts;

namespace WhatStyle.Agent.Replies.PostProcessing;

/// <summary>Makes a reply fit the owner's style with one contact: the emoji policy and the typical length.</summary>
internal static partial class StyleEnforcer
{
    /// <summary>"Light" means a touch, not a wall: at most this many emoji.</summary>
    public const int LightEmojiCap = 2;

    /// <summary>Even a heavy emoji user rarely sends more than this in one message.</summary>
    public const int HeavyEmojiCap = 6;

    /// <summary>No reply is longer than this, whatever the fingerprint says.</summary>
    public const int HardMaxLength = 700;

    /// <param name="text">The reply.</param>
    /// <param name="profile">The contact's profile: emoji policy, favourites and usual length.</param>
    /// <param name="allowEmojiPadding">Whether a heavy emoji user's reply may gain their favourites.</param>
    /// <param name="mood">What the reply is doing: only favourites that fit it pad the reply (<see cref="EmojiFit"/>).</param>
    public static string Apply(string text, ContactProfile profile, bool allowEmojiPadding = true, ReplyMood mood = ReplyMood.Warm)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(profile);
        // Trim first: padding a heavy emoji user's favourite onto the kept part must survive the cut.
        var target = Math.Clamp((int)Math.Round(profile.Style.EmojiRate), 1, 3);
        var favourites = allowEmojiPadding ? profile.Style.TopEmoji.Where(e => EmojiFit.Fits(e, mood)).ToList() : [];
        return EnforceEmoji(TrimToLength(text, MaxLength(profile)), profile.EmojiPolicy, favourites, target);
    }

    /// <param name="text">The reply.</param>
    /// <param name="policy">The emoji policy to enforce.</param>
    /// <param name="favourites">The owner's favourite emoji with this contact, used to pad a heavy user's reply.</param>
    /// <param name="heavyTarget">For a heavy user: how many emoji a reply should carry (their usual rate).</param>
    public static string EnforceEmoji(string text, EmojiPolicy policy, IReadOnlyList<string> favourites, int heavyTarget = 1)
    {
        switch (policy)
        {
            case EmojiPolicy.None:
                return EmojiText.Cap(text, 0);
            case EmojiPolicy.Light:
                return EmojiText.Cap(text, LightEmojiCap);
            default:
                var capped = EmojiText.Cap(text, HeavyEmojiCap);
                // A heavy emoji user's reply with fewer than usual looks out of character: top it up with their
                // favourites, counting what it carries, none twice.
                var present = EmojiText.Find(capped);
                var padding = favourites.Where(f => !present.Contains(f)).Distinct(StringComparer.Ordinal).Take(Math.Max(0, heavyTarget - present.Count)).ToList();
                // Next to an emoji already at the end, the top-up joins it ("💕😘"), as one run, not a second pile.
                var joined = present.Count > 0 && capped.EndsWith(present[^1], StringComparison.Ordinal);
                return padding.Count == 0 ? capped : $"{capped}{(joined ? "" : " ")}{string.Concat(padding)}";
        }
    }

    /// <summary>Even the tersest texter's reply may be this long: a greeting plus one sentence.</summary>
    public const int MinMaxLength = 60;

    /// <summary>The longest reply that still looks like the owner: 1.5 × their 90th-percentile length (at least 60), once enough messages are known.</summary>
    public static int MaxLength(ContactProfile profile)
    {
        var style = profile.Style;
        return style.MessageCount >= 3 && style.P90Length > 0
            ? Math.Clamp((int)Math.Ceiling(style.P90Length * 1.5), MinMaxLength, HardMaxLength)
            : HardMaxLength;
    }

    /// <summary>Cuts at a sentence boundary; keeps at least the first sentence, cut at a word if even that is far too long.</summary>
    public static string TrimToLength(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var sentences = SentenceEnd().Split(text).Where(s => s.Length > 0).ToList();
        var kept = sentences[0];
        foreach (var sentence in sentences.Skip(1))
        {
            if (kept.Length + 1 + sentence.Length > maxLength)
            {
                break;
            }

            kept = $"{kept} {sentence}";
        }

        if (kept.Length > maxLength * 3 / 2)
        {
            var cut = kept.LastIndexOf(' ', Math.Min(kept.Length - 1, maxLength));
            kept = (cut > 0 ? kept[..cut] : kept[..maxLength]).TrimEnd(',', ';', ':') + "…";
        }

        return kept.Trim();
    }

    [GeneratedRegex(@"(?<=[.!?…])\s+")]
    private static partial Regex SentenceEnd();
}
