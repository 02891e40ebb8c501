using System.Text;

namespace WhatStyle.Tools.Contacts;

/// <summary>
/// The tag characters that follow U+1F3F4 (waving black flag) in the subdivision flags emoji fonts draw: England,
/// Scotland and Wales. Any other run of tags is invisible text, so a display name drops it.
/// </summary>
internal static class FlagTags
{
    public const int BlackFlag = 0x1F3F4;

    private const int TagBase = 0xE0000;
    private const int CancelTag = 0xE007F;
    private static readonly string[] Subdivisions = ["gbeng", "gbsct", "gbwls"];

    /// <summary>How many runes from <paramref name="start"/> are one whole flag's tags (its code, then the cancel tag), else 0.</summary>
    public static int LengthAt(IReadOnlyList<Rune> runes, int start)
    {
        foreach (var code in Subdivisions)
        {
            if (Spells(runes, start, code))
            {
                return code.Length + 1;
            }
        }

        return 0;
    }

    private static bool Spells(IReadOnlyList<Rune> runes, int start, string code)
    {
        if (start + code.Length >= runes.Count)
        {
            return false;
        }

        for (var k = 0; k < code.Length; k++)
        {
            if (runes[start + k].Value != TagBase + code[k])
            {
                return false;
            }
        }

        return runes[start + code.Length].Value == CancelTag;
    }
}
