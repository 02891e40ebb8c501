using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using WhatStyle.Tools.Tone.Emoji;

namespace WhatStyle.Agent.Replies.PostProcessing;

/// <summary>Counts and caps emoji in replies by the one rule in <see cref="EmojiClusters"/> (a whole grapheme cluster such as 👍🏽 or 👨‍👩‍👧 is one emoji).</summary>
internal static partial class EmojiText
{
    public static IReadOnlyList<string> Find(string text) => EmojiClusters.Find(text);

    public static int Count(string text) => Find(text).Count;

    /// <summary>Keeps the first <paramref name="max"/> emoji and removes the rest (all of them for 0).</summary>
    public static string Cap(string text, int max)
    {
        var builder = new StringBuilder(text.Length);
        var kept = 0;
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            var element = enumerator.GetTextElement();
            if (EmojiClusters.IsEmoji(element))
            {
                if (kept >= max)
                {
                    continue;
                }

                kept++;
            }

            builder.Append(element);
        }

        return Tidy(builder.ToString());
    }

    /// <summary>Collapses the spaces a removed emoji leaves behind ("Hi  ." → "Hi."); a space before ! and ? stays, as French typography wants.</summary>
    public static string Tidy(string text)
    {
        var collapsed = MultiSpace().Replace(text, " ");
        collapsed = SpaceBeforePunctuation().Replace(collapsed, "$1");
        return collapsed.Trim();
    }

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex MultiSpace();

    [GeneratedRegex(@"[ \t]+([.,])")]
    private static partial Regex SpaceBeforePunctuation();
}
