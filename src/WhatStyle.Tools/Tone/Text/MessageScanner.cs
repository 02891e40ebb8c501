using System.Globalization;
using WhatStyle.Tools.Tone.Emoji;
using WhatStyle.Tools.Tone.Lexicon;

namespace WhatStyle.Tools.Tone.Text;

/// <summary>Reads a message once, left to right: words (folded and looked up), emoji clusters, emoticons, punctuation.</summary>
/// <remarks>Never throws on odd text: lone surrogates, control characters and unknown symbols are skipped.</remarks>
internal sealed class MessageScanner(ToneLexicon lexicon, EmojiCatalog emoji)
{
    /// <summary>Longer messages are read up to here: tone is set long before, and it bounds the work per message.</summary>
    public const int MaxScannedChars = 8_000;

    /// <summary>How many words after a negator its scope covers, unless punctuation ends it first.</summary>
    private const int NegationScope = 3;

    public ScannedMessage Scan(string text) => Scan(text, new ScannedMessage());

    /// <summary>Scans <paramref name="text"/> into <paramref name="message"/>, which is reset first (for reuse).</summary>
    public ScannedMessage Scan(string text, ScannedMessage message)
    {
        var length = Math.Min(text.Length, MaxScannedChars);
        message.Reset(text, length);
        var negationLeft = 0;
        var sawLetter = false;
        var lastSignificant = '\0';
        var i = 0;
        while (i < length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                i++;
                continue;
            }

            if (TryEmoticon(text, i, length, out var emoticon))
            {
                message.Emojis.Add(new FoundEmoji(i, emoticon.Key.Length, emoticon, IsEmoticon: true));
                i += emoticon.Key.Length;
                lastSignificant = 'e';
                continue;
            }

            if (CharClasses.IsKeycapStart(text, i, length))
            {
                var keycapLength = StringInfo.GetNextTextElementLength(text.AsSpan(i, length - i));
                message.Emojis.Add(new FoundEmoji(i, keycapLength, emoji.Describe(text.AsSpan(i, keycapLength)), IsEmoticon: false));
                i += keycapLength;
                continue;
            }

            if (CharClasses.IsUrlStart(text, i, length))
            {
                message.Urls++;
                while (i < length && !char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                continue;
            }

            var hashtag = c == '#' && i + 1 < length && char.IsLetter(text[i + 1]);
            if (c == '@' && i + 1 < length && char.IsLetterOrDigit(text[i + 1]))
            {
                message.Mentions++;
                i++;
                while (i < length && (char.IsLetterOrDigit(text[i]) || text[i] == '_'))
                {
                    i++;
                }

                continue;
            }

            if (hashtag || CharClasses.IsWordChar(c))
            {
                var start = hashtag ? i + 1 : i;
                var word = ReadWord(text, message, start, length, hashtag, ref negationLeft);
                if (!sawLetter && word.Length > 0 && char.IsLetter(text[word.Start]))
                {
                    sawLetter = true;
                    message.StartsCapitalized = char.IsUpper(text[word.Start]);
                }

                i = word.Start + word.Length;
                lastSignificant = 'w';
                continue;
            }

            if (c == '!' || c == '?')
            {
                i = PunctuationReader.ReadMarks(text, message, i, length);
                negationLeft = 0;
                lastSignificant = '.';
                continue;
            }

            // Checked before punctuation: "‼️" and "〽️" are emoji although their base characters are punctuation.
            if (c >= 0x80)
            {
                var emojiLength = StringInfo.GetNextTextElementLength(text.AsSpan(i, length - i));
                var candidate = text.AsSpan(i, emojiLength);
                if (EmojiClusters.IsEmoji(candidate))
                {
                    message.Emojis.Add(new FoundEmoji(i, emojiLength, emoji.Describe(candidate), IsEmoticon: false));
                    i += emojiLength;
                    continue;
                }
            }

            if (c < 0x80 || char.IsPunctuation(c))
            {
                PunctuationReader.CountPunctuation(text, message, i, length, ref negationLeft);
                lastSignificant = c is '.' or '…' ? '.' : lastSignificant;
                i++;
                continue;
            }

            // Neither emoji nor punctuation (a letterlike or unknown symbol): skipped as a whole cluster.
            i += StringInfo.GetNextTextElementLength(text.AsSpan(i, length - i));
        }

        message.EndsWithPunctuation = lastSignificant == '.';
        return message;
    }

    private WordToken ReadWord(string text, ScannedMessage message, int start, int length, bool hashtag, ref int negationLeft)
    {
        var foldStart = message.FoldedLength;
        var folded = message.Folded;
        var end = start;
        int upper = 0, letters = 0, run = 0;
        var elongated = false;
        var numeric = true;
        var previous = '\0';
        while (end < length)
        {
            var c = text[end];
            if (c is '\'' or '\u2019')
            {
                // An apostrophe belongs to the word only between letters ("don't", "what's").
                if (end + 1 < length && char.IsLetter(text[end + 1]) && end > start)
                {
                    c = '\'';
                }
                else
                {
                    break;
                }
            }
            else if (!CharClasses.IsWordChar(c))
            {
                break;
            }

            if (char.IsLetter(c))
            {
                letters++;
                numeric = false;
                message.Letters++;
                message.ScriptLetters[(int)CharClasses.ScriptOf(c)]++;
                if (char.IsUpper(c))
                {
                    upper++;
                    message.UpperLetters++;
                }
            }

            var lower = char.ToLowerInvariant(c);
            run = lower == previous ? run + 1 : 1;
            previous = lower;
            end++;
            if (run >= 3 && char.IsLetter(c))
            {
                // "sooo" is folded to "soo"; the lexicon lookup tries "so" next.
                elongated = letters > 0;
                continue;
            }

            folded[message.FoldedLength++] = lower;
        }

        var foldLength = message.FoldedLength - foldStart;
        var form = folded.AsSpan(foldStart, foldLength);
        var entry = lexicon.Find(form) ?? (elongated ? FindSquashed(text.AsSpan(start, end - start)) : null);
        var shape = WordShape.None;
        if (letters >= 2 && upper == letters)
        {
            shape |= WordShape.AllCaps;
        }
        else if (upper > 0 && char.IsUpper(text[start]))
        {
            shape |= WordShape.Capitalized;
        }

        if (elongated)
        {
            shape |= WordShape.Elongated;
        }

        if (hashtag)
        {
            shape |= WordShape.Hashtag;
        }

        if (numeric)
        {
            shape |= WordShape.Numeric;
        }

        if (negationLeft > 0)
        {
            shape |= WordShape.Negated;
            negationLeft--;
        }

        if (entry is not null && entry.Has(LexiconFlags.Negator))
        {
            negationLeft = NegationScope;
        }
        else if (form.SequenceEqual("but"))
        {
            negationLeft = 0;
        }

        var token = new WordToken(start, end - start, foldStart, foldLength, entry, shape);
        message.Words.Add(token);
        return token;
    }

    /// <summary>Looks the word up with every run of 3+ letters cut to one ("happyyyy" → "happy", "sooo" → "so").</summary>
    private LexiconEntry? FindSquashed(ReadOnlySpan<char> original)
    {
        Span<char> squashed = stackalloc char[Math.Min(original.Length, 64)];
        var n = 0;
        for (var k = 0; k < original.Length && n < squashed.Length;)
        {
            var c = char.ToLowerInvariant(original[k] == '\u2019' ? '\'' : original[k]);
            var run = 1;
            while (k + run < original.Length && char.ToLowerInvariant(original[k + run]) == c)
            {
                run++;
            }

            var keep = run >= 3 ? 1 : run;
            for (var r = 0; r < keep && n < squashed.Length; r++)
            {
                squashed[n++] = c;
            }

            k += run;
        }

        return lexicon.Find(squashed[..n]);
    }

    private bool TryEmoticon(string text, int i, int length, out EmojiEntry emoticon)
    {
        emoticon = null!;
        var c = text[i];
        if (c > 0x7F && c != '¯')
        {
            return false;
        }

        var previous = i > 0 ? text[i - 1] : ' ';
        var startsWithLetter = char.IsLetter(c);
        if (startsWithLetter ? !char.IsWhiteSpace(previous) : char.IsLetterOrDigit(previous))
        {
            return false;
        }

        foreach (var candidate in emoji.Emoticons)
        {
            var key = candidate.Key;
            if (key[0] != c || i + key.Length > length || !text.AsSpan(i, key.Length).SequenceEqual(key))
            {
                continue;
            }

            var after = i + key.Length < length ? text[i + key.Length] : ' ';
            var endsWithLetter = char.IsLetter(key[^1]);
            if (endsWithLetter ? !(char.IsWhiteSpace(after) || char.IsPunctuation(after)) : char.IsLetterOrDigit(after))
            {
                continue;
            }

            emoticon = candidate;
            return true;
        }

        return false;
    }
}
