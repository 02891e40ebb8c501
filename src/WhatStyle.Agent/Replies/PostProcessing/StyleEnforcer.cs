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

    public static string Apply(string text, ContactProfile profile, bool allowEmojiPadding = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(profile);
        var result = EnforceEmoji(text, profile.EmojiPolicy, allowEmojiPadding ? profile.Style.TopEmoji : []);
        return TrimToLength(result, MaxLength(profile));
    }

    public static string EnforceEmoji(string text, EmojiPolicy policy, IReadOnlyList<string> favourites)
    {
        switch (policy)
        {
            case EmojiPolicy.None:
                return EmojiText.Cap(text, 0);
            case EmojiPolicy.Light:
                return EmojiText.Cap(text, LightEmojiCap);
            default:
                var capped = EmojiText.Cap(text, HeavyEmojiCap);
                // A heavy emoji user's reply without any looks out of character: add their favourite.
                return EmojiText.Count(capped) == 0 && favourites.Count > 0 ? $"{capped} {favourites[0]}" : capped;
        }
    }

    /// <summary>The longest reply that still looks like the owner: 1.3 × their 90th-percentile length, once enough messages are known.</summary>
    public static int MaxLength(ContactProfile profile)
    {
        var style = profile.Style;
        return style.MessageCount >= 3 && style.P90Length > 0
            ? Math.Clamp((int)Math.Ceiling(style.P90Length * 1.3), 40, HardMaxLength)
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
