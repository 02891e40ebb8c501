using System.Globalization;
using System.Text.RegularExpressions;
using WhatStyle.Tools.Tone.Emoji;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Voice;

namespace WhatStyle.Agent.Replies.PostProcessing;

/// <summary>
/// Writes a reply the way the owner writes to this contact, beyond emoji and length: lower case or capitalised, the
/// shorthand they use ("u", "pls"), their final punctuation, their sign-off and their own emoji. Habits are read from
/// the learned fingerprint and only applied once it rests on enough messages.
/// </summary>
internal static partial class HabitEnforcer
{
    /// <summary>Below this many of the owner's messages, habits are too uncertain to impose.</summary>
    public const int MinMessages = 8;

    /// <summary>A shorthand used in at least this share of messages is a habit worth writing.</summary>
    public const double ShorthandHabit = 0.08;

    private static readonly HashSet<string> SignOffs = new(StringComparer.Ordinal) { "x", "xx", "xxx", "xo", "xoxo", "besos", "bss", "bsos", "bisous", "bjs", "lg" };

    /// <param name="text">The reply, already fitted to the emoji policy and length.</param>
    /// <param name="style">What was learned about the owner's messages to this contact.</param>
    /// <param name="mood">
    /// What the reply is doing (<see cref="EmojiFit"/>): only favourites that fit it are added; a solemn reply (sad news,
    /// grief, a crisis) gets no sign-off kisses and no new emoji.
    /// </param>
    public static string Apply(string text, StyleFingerprint style, ReplyMood mood = ReplyMood.Warm)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(style);
        if (style.MessageCount < MinMessages || text.Length == 0)
        {
            return text;
        }

        // Work on the words; trailing emoji are set aside so punctuation is judged on the text itself.
        var (body, emoji) = SplitTrailingEmoji(text);
        body = Shorthand(body, style);
        body = Case(body, style);
        body = style.EmojiRate < 0.5 ? EmojiText.Cap(body, 0) : WithoutOthersEmoji(body, style, mood);
        emoji = OwnEmoji(emoji, EmojiText.Find(body), style, mood);
        body = Ending(WithoutOccasionalSignOff(body, style), style);
        if (mood != ReplyMood.Solemn && SignOff(style) is { } signOff && !body.EndsWith(signOff, StringComparison.OrdinalIgnoreCase))
        {
            body = $"{body} {signOff}";
        }

        return emoji.Length == 0 ? body : $"{body} {emoji}";
    }

    /// <summary>Replaces long forms with the owner's shorthand for each habit ("you" → "u").</summary>
    internal static string Shorthand(string text, StyleFingerprint style)
    {
        foreach (var (shortForm, rate) in style.Shorthand)
        {
            if (rate < ShorthandHabit || !ChatAbbreviations.LongForms.TryGetValue(shortForm, out var longForms))
            {
                continue;
            }

            foreach (var longForm in longForms)
            {
                text = Regex.Replace(text, $@"(?<![\p{{L}}'’]){Regex.Escape(longForm)}(?![\p{{L}}'’])", shortForm, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            }
        }

        // Laughter: their own ("lol" for one friend, "jaja" for a sister) instead of the template's.
        var laughs = style.Shorthand.Where(s => ChatAbbreviations.Laughter.Contains(s.Key) && s.Value >= ShorthandHabit).ToList();
        return laughs.Count == 0 ? text : Laughter().Replace(text, laughs.MaxBy(s => s.Value).Key);
    }

    private static string Case(string text, StyleFingerprint style)
    {
        if (style.CapitalizedRate < 0.3)
        {
            return text.ToLower(CultureInfo.InvariantCulture);
        }

        var first = text.FirstOrDefault(char.IsLetter);
        if (style.CapitalizedRate > 0.7 && first != default && char.IsLower(first))
        {
            var index = text.IndexOf(first, StringComparison.Ordinal);
            return string.Concat(text.AsSpan(0, index), char.ToUpper(first, CultureInfo.InvariantCulture).ToString(), text.AsSpan(index + 1));
        }

        return text;
    }

    /// <summary>An ending the owner closes at least this share of their sentences with is theirs: it is kept.</summary>
    public const double OwnEnding = 0.2;

    /// <summary>
    /// Their way to end a statement: an ending they use often is kept ("No worries!" stays for someone who writes "!"),
    /// any other becomes their usual one (nothing, a full stop or "!"); questions keep their "?".
    /// </summary>
    private static string Ending(string text, StyleFingerprint style)
    {
        var trimmed = text.TrimEnd();
        if (trimmed.Length == 0 || trimmed.EndsWith('?') || trimmed.EndsWith('…') || trimmed.EndsWith("...", StringComparison.Ordinal))
        {
            return trimmed;
        }

        // A message that ends in a sign-off ("… xx") has no final mark, but says nothing about how its sentence ends:
        // the share of messages with neither counts only those without their sign-off.
        var signedOff = SignOffs.Where(style.Closers.Contains).Sum(s => style.Shorthand.GetValueOrDefault(s));
        var none = Math.Max(0, 1 - style.PeriodRate - style.ExclamationRate - style.QuestionRate - style.EllipsisRate - signedOff);
        var current = trimmed.EndsWith('.') ? style.PeriodRate : trimmed.EndsWith('!') ? style.ExclamationRate : none;
        var statements = none + style.PeriodRate + style.ExclamationRate;
        if (statements > 0 && current / statements >= OwnEnding && !trimmed.EndsWith(',') && !trimmed.EndsWith(';') && !trimmed.EndsWith(':'))
        {
            return trimmed;
        }

        var usual = none >= style.PeriodRate && none >= style.ExclamationRate ? ""
            : style.PeriodRate >= style.ExclamationRate ? "."
            : "!";
        if (trimmed.EndsWith('!') && usual != "!")
        {
            // A Spanish "¡…!" loses its opening mark with its closing one.
            var opening = trimmed.LastIndexOf('¡');
            trimmed = opening >= 0 ? trimmed.Remove(opening, 1) : trimmed;
        }

        return trimmed.TrimEnd('.', '!', ',', ';', ':') + usual;
    }

    /// <summary>
    /// Their usual emoji: none for someone who rarely sends any, else their usual number counting the emoji the text
    /// already carries (a top-up, never a pile), their own favourites that fit the reply's mood, none twice. A solemn
    /// reply never gains an emoji: it keeps only those of its own that are the owner's and show care.
    /// </summary>
    private static string OwnEmoji(string emoji, IReadOnlyList<string> inBody, StyleFingerprint style, ReplyMood mood)
    {
        if (style.EmojiRate < 0.5)
        {
            return string.Empty;
        }

        var usual = Math.Clamp((int)Math.Round(style.EmojiRate), 1, 3);
        var kept = EmojiText.Find(emoji).Where(e => style.TopEmoji.Contains(e) && EmojiFit.Keeps(e, mood));
        var added = mood == ReplyMood.Solemn ? [] : style.TopEmoji.Where(e => EmojiFit.Fits(e, mood));
        var own = kept.Concat(added).Distinct(StringComparer.Ordinal).Where(e => !inBody.Contains(e));
        return string.Concat(own.Take(Math.Max(0, usual - inBody.Count)));
    }

    /// <summary>
    /// Emoji inside the text that the owner never sends (a template's "😊"), or that do not fit the reply's mood, are
    /// taken out; one that stood between two
    /// sentences leaves a full stop ("Good question 😊 Let me check" → "Good question. Let me check").
    /// </summary>
    private static string WithoutOthersEmoji(string body, StyleFingerprint style, ReplyMood mood)
    {
        var elements = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(body);
        while (enumerator.MoveNext())
        {
            elements.Add(enumerator.GetTextElement());
        }

        var kept = new System.Text.StringBuilder(body.Length);
        for (var i = 0; i < elements.Count; i++)
        {
            var element = elements[i];
            if (!EmojiClusters.IsEmoji(element) || (style.TopEmoji.Contains(element) && EmojiFit.Keeps(element, mood)))
            {
                kept.Append(element);
                continue;
            }

            var before = kept.ToString().TrimEnd();
            var next = elements.Skip(i + 1).FirstOrDefault(e => !string.IsNullOrWhiteSpace(e) && !EmojiClusters.IsEmoji(e));
            if (before.Length > 0 && char.IsLetterOrDigit(before[^1]) && next is { Length: > 0 } && char.IsUpper(next[0]))
            {
                kept.Length = before.Length;
                kept.Append('.');
            }
        }

        return WhiteSpace().Replace(kept.ToString(), " ").Trim();
    }

    /// <summary>Drops a kiss-like sign-off the owner ends fewer than half of their messages with.</summary>
    private static string WithoutOccasionalSignOff(string body, StyleFingerprint style)
    {
        var last = SignOffs.FirstOrDefault(s => body.EndsWith(" " + s, StringComparison.OrdinalIgnoreCase));
        return last is not null && style.Shorthand.GetValueOrDefault(last) < 0.5 ? body[..^last.Length].TrimEnd() : body;
    }

    /// <summary>A kiss-like sign-off ("xx", "besos") the owner ends most messages with: one they use now and then is left out.</summary>
    private static string? SignOff(StyleFingerprint style) =>
        style.Closers.FirstOrDefault(c => SignOffs.Contains(c) && style.Shorthand.GetValueOrDefault(c) >= 0.5);

    private static (string Body, string Emoji) SplitTrailingEmoji(string text)
    {
        var elements = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            elements.Add(enumerator.GetTextElement());
        }

        var end = elements.Count;
        while (end > 0 && (EmojiClusters.IsEmoji(elements[end - 1]) || string.IsNullOrWhiteSpace(elements[end - 1])))
        {
            end--;
        }

        return (string.Concat(elements.Take(end)).TrimEnd(), string.Concat(elements.Skip(end).Where(e => !string.IsNullOrWhiteSpace(e))));
    }

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"\b(?:haha+|hehe+|lol|jaja+|jeje+)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Laughter();
}
