using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Tools.Stickers;

/// <summary>The hard rules no score can override: who may receive what, and what a sad or afraid person gets.</summary>
public static class StickerRules
{
    // Emoji that read as romantic whatever the manifest says, so an owner's pack cannot leak a kiss to a manager.
    private static readonly HashSet<string> RomanticEmoji = new(StringComparer.Ordinal)
    {
        "💋", "😘", "😍", "💏", "💑", "💘", "💌", "🌹", "😚", "😙",
    };

    /// <summary>True for stickers that carry the romance moment or a romantic emoji.</summary>
    public static bool IsRomantic(Sticker sticker)
    {
        ArgumentNullException.ThrowIfNull(sticker);
        return HasMoment(sticker, StickerMoments.Romance) || RomanticEmoji.Contains(sticker.Emoji);
    }

    /// <summary>True for comforting stickers: a hug or comfort.</summary>
    public static bool IsSupportive(Sticker sticker)
    {
        ArgumentNullException.ThrowIfNull(sticker);
        return HasMoment(sticker, StickerMoments.Comfort) || HasMoment(sticker, StickerMoments.Hug);
    }

    /// <summary>
    /// Whether the sticker may go to someone of this relationship. Unknown (null) counts as
    /// <see cref="Relationship.Other"/>, so it gets only stickers listed as safe for anyone; romantic stickers go to
    /// partners only.
    /// </summary>
    public static bool Suits(Sticker sticker, Relationship? relationship)
    {
        ArgumentNullException.ThrowIfNull(sticker);
        var who = relationship ?? Relationship.Other;
        if (IsRomantic(sticker) && who != Relationship.Partner)
        {
            return false;
        }

        return sticker.Relationships.Contains(who);
    }

    /// <summary>
    /// Whether the sticker fits the emotion of the moment. Someone sad or afraid gets only supportive stickers
    /// (fear also accepts good luck, as for an exam); a "missing you" sticker is allowed to a sad person only when
    /// that moment was asked for. Someone angry never gets laughter or excitement.
    /// </summary>
    public static bool FitsEmotion(Sticker sticker, Emotion emotion, string? moment = null)
    {
        ArgumentNullException.ThrowIfNull(sticker);
        if (!sticker.Emotions.Contains(emotion))
        {
            return false;
        }

        return emotion switch
        {
            Emotion.Sadness => IsSupportive(sticker)
                || (IsMoment(moment, StickerMoments.MissingYou) && HasMoment(sticker, StickerMoments.MissingYou)),
            Emotion.Fear => IsSupportive(sticker) || HasMoment(sticker, StickerMoments.GoodLuck),
            Emotion.Anger => !HasMoment(sticker, StickerMoments.Laughter) && !HasMoment(sticker, StickerMoments.Excitement),
            _ => true,
        };
    }

    /// <summary>
    /// Whether the sticker fits the requested moment: with one, the sticker must carry it; without one, it must
    /// carry at least one moment that is not <see cref="StickerMoments.OnRequestOnly"/> (no unasked "good night").
    /// </summary>
    public static bool FitsMoment(Sticker sticker, string? moment)
    {
        ArgumentNullException.ThrowIfNull(sticker);
        return string.IsNullOrWhiteSpace(moment)
            ? sticker.Moments.Any(m => !StickerMoments.OnRequestOnly.Contains(m, StringComparer.OrdinalIgnoreCase))
            : HasMoment(sticker, moment.Trim());
    }

    /// <summary>Case-insensitive test for one moment.</summary>
    public static bool HasMoment(Sticker sticker, string moment)
    {
        ArgumentNullException.ThrowIfNull(sticker);
        return sticker.Moments.Any(m => IsMoment(m, moment));
    }

    private static bool IsMoment(string? a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
