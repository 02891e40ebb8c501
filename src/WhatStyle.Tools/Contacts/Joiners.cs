using System.Globalization;
using System.Text;

namespace WhatStyle.Tools.Contacts;

/// <summary>
/// Where U+200D (zero width joiner) and U+200C (zero width non-joiner) change what a name looks like, so a display
/// name keeps them; anywhere else they are invisible and only make a name differ from the one it looks like.
/// </summary>
internal static class Joiners
{
    private const int NonJoiner = 0x200C;
    private const int Joiner = 0x200D;
    private const int EmojiPresentation = 0xFE0F;

    /// <summary>True when <paramref name="rune"/> is a joiner that does something between these neighbours.</summary>
    /// <param name="rune">A format character.</param>
    /// <param name="previous">The rune kept before it; null at the start or after a space.</param>
    /// <param name="next">The rune after it.</param>
    public static bool IsMeaningful(Rune rune, Rune? previous, Rune? next)
    {
        if (rune.Value is not (NonJoiner or Joiner) || previous is not { } before || next is not { } after)
        {
            return false;
        }

        return (rune.Value == Joiner && IsEmojiEnd(before) && IsEmoji(after))
            || (IsJoiningScript(before) && IsJoiningScript(after));
    }

    // Most emoji are "other symbols"; an emoji element may end in U+FE0F or a skin tone (U+1F3FB–U+1F3FF). Looser than
    // Tone/Emoji/EmojiClusters on purpose: a bare ⚕ or ♀ is text there, yet "👩‍⚕" without U+FE0F is still one emoji on a
    // phone, and a joiner kept between two visible symbols can hide nothing.
    private static bool IsEmoji(Rune rune) => Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherSymbol;

    private static bool IsEmojiEnd(Rune rune) =>
        IsEmoji(rune) || rune.Value == EmojiPresentation || rune.Value is >= 0x1F3FB and <= 0x1F3FF;

    /// <summary>
    /// A letter or mark of a script whose writers type joiners: Arabic (Persian, Urdu, Kurdish), Syriac, Thaana, N'Ko and
    /// their neighbours (U+0600–U+08FF, the Arabic presentation forms) and the Indic scripts from Devanagari to Sinhala
    /// (U+0900–U+0DFF), where a joiner picks a half form or stops a conjunct after a virama (a mark).
    /// </summary>
    private static bool IsJoiningScript(Rune rune)
    {
        var inScript = rune.Value is (>= 0x0600 and <= 0x08FF) or (>= 0x0900 and <= 0x0DFF) or (>= 0xFB50 and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFC);
        return inScript && (Rune.IsLetter(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark);
    }
}
