using WhatStyle.Tools.Tone.Emoji;
using WhatStyle.Tools.Tone.Lexicon;
using WhatStyle.Tools.Tone.Text;

namespace WhatStyle.Tools.Tone.Rules;

/// <summary>Sarcasm: praise pointed at something nobody enjoys ("Oh great, another Monday 🙄"), rhetorical formulas
/// ("yeah right"), eye-roll emoji, #not.</summary>
/// <remarks>
/// GoEmotions has no sarcasm label and the irony set may not train anything, so these are rules written from how
/// sarcasm reads in chat. The core signal is contrast: praise aimed, in the same breath, at a complaint. Sincere mixed
/// messages ("so glad you made it, the traffic was awful", "sorry you're sick, hope you feel better") are common in
/// chat, so contrast only counts fully when nothing marks sympathy, relief or a wish and the praise is not aimed at
/// the reader. A false "sarcastic" flips the reading of an ordinary kind message, so the rules lean to precision.
/// </remarks>
internal static class SarcasmRules
{
    /// <summary>Score at which a message counts as sarcastic.</summary>
    public const double Threshold = 0.5;

    public static SarcasmReading Read(ScannedMessage message, CueList cues)
    {
        var score = ReadHashtags(message, cues, out var praiseTag);
        var words = message.Words;
        var praiseAt = -1;
        for (var i = 0; i < words.Count && praiseAt < 0; i++)
        {
            praiseAt = IsPraise(message, i) ? i : -1;
        }

        // "can't wait to ...", "nothing like ...": praise without a praise word, aimed at what follows it.
        var phraseAt = SarcasmPhrases.PraiseLike.Find(message, 0, out var praiseLike);
        var phraseEnd = phraseAt < 0 ? -1 : phraseAt + praiseLike.AsSpan().Count(' ');
        var thanks = praiseAt >= 0 && SarcasmPhrases.IsThanks(message.FoldedOf(words[praiseAt]));
        var complaintAt = FindComplaint(message, phraseAt >= 0 ? phraseEnd + 1 : praiseAt + 1, thanks, praiseWord: phraseAt < 0 && praiseAt >= 0);

        var formula = StrongFormula(message);
        if (formula is not null)
        {
            score += 0.5;
            cues.Add(Dimensions.Sarcasm, $"phrase:{formula}", 0.5);
        }
        else if (SarcasmPhrases.Weak.FirstIn(message) is { } weak)
        {
            score += 0.3;
            cues.Add(Dimensions.Sarcasm, $"phrase:{weak}", 0.3);
        }

        var praise = praiseAt >= 0 || phraseAt >= 0;
        if (praise && complaintAt >= 0)
        {
            score += Contrast(message, praiseAt, phraseAt, phraseEnd, complaintAt, cues);
        }

        if (praiseTag && complaintAt >= 0)
        {
            score += 0.5;
            cues.Add(Dimensions.Sarcasm, $"contrast:praise hashtag + {message.FoldedOf(words[complaintAt])}", 0.5);
        }

        if (praiseAt >= 0 && (Phrases.IsWord(message, praiseAt - 1, "oh") || Phrases.IsWord(message, praiseAt - 1, "wow")))
        {
            score += 0.15;
            cues.Add(Dimensions.Sarcasm, "phrase:oh + praise", 0.15);
        }

        score += ReadShape(message, praise, cues);
        score = Math.Min(score, 1);
        return new SarcasmReading(score >= Threshold, Math.Round(score, 3));
    }

    private static double ReadHashtags(ScannedMessage message, CueList cues, out bool praiseTag)
    {
        praiseTag = false;
        double score = 0;
        foreach (var word in message.Words)
        {
            if (!word.Is(WordShape.Hashtag))
            {
                continue;
            }

            var tag = message.FoldedOf(word);
            if (score == 0 && IsSarcasmTag(tag))
            {
                score = 0.8;
                cues.Add(Dimensions.Sarcasm, $"hashtag:#{tag}", 0.8);
            }
            else if (word.Entry is { Valence: >= 2 })
            {
                // "#blessed" under a complaint: the tag is the praise.
                praiseTag = true;
            }
        }

        return score;
    }

    private static bool IsSarcasmTag(ReadOnlySpan<char> tag)
    {
        foreach (var known in SarcasmPhrases.SarcasmTags)
        {
            if (tag.SequenceEqual(known))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first complaint (a negative word or a situation people complain about) from <paramref name="from"/>
    /// on, else the first one anywhere. Words someone is thanked for ("thanks for waiting") are not complaints.</summary>
    private static int FindComplaint(ScannedMessage message, int from, bool thanks, bool praiseWord)
    {
        // "thanks for waiting", "thanks again": what someone is thanked for is no complaint unless it is bad in itself.
        var thanked = thanks || Phrases.Contains(message, "thanks for") || Phrases.Contains(message, "thank you for") || Phrases.Contains(message, "thx for");
        var first = -1;
        for (var i = 0; i < message.Words.Count; i++)
        {
            var word = message.Words[i];
            // "fucking awesome" intensifies; "ill" is as often a mistyped "I'll" as a complaint.
            if (word.Entry is not { } entry || word.Is(WordShape.Negated) || entry.Has(LexiconFlags.Intensifier) || entry.Word == "ill")
            {
                continue;
            }

            var situation = entry.Has(LexiconFlags.Situation) && !(thanked && entry.Valence > -1);
            var after = from > 0 && i >= from;

            // "great work", "love school": a situation right after the praise is what is praised.
            if (i == from && praiseWord && entry.Valence > -1 && !SarcasmPhrases.Separated(message, i - 1, i, clause: true))
            {
                continue;
            }

            // "love how nobody answers": after praise, "nobody", "never", "nothing" name the complaint.
            var denial = after && entry.Has(LexiconFlags.Negator) && entry.Word is "nobody" or "never" or "nothing" or "noone";
            if (situation || entry.Valence <= -1 || denial)
            {
                if (after)
                {
                    return i;
                }

                // Before the praise, a mere situation only counts when the praise closes the message ("Monday
                // again, great"): "the meeting went great, they loved it" is good news about a meeting.
                var praiseCloses = from > 0 && from >= message.Words.Count - 1;
                if (first < 0 && (entry.Valence <= -1 || praiseCloses))
                {
                    first = i;
                }
            }
        }

        return first;
    }

    private static string? StrongFormula(ScannedMessage message)
    {
        for (var at = SarcasmPhrases.Strong.Find(message, 0, out var phrase); at >= 0; at = SarcasmPhrases.Strong.Find(message, at + 1, out phrase))
        {
            // "love working with you guys" is affection, not "love working overtime". A formula built on "of you"
            // ("nice of you to finally ...") is about the reader by construction.
            if (phrase!.Contains(" of you ", StringComparison.Ordinal) || !SarcasmPhrases.AimedAtReader(message, at, 4))
            {
                return phrase;
            }
        }

        return null;
    }

    private static double Contrast(ScannedMessage message, int praiseAt, int phraseAt, int phraseEnd, int complaintAt, CueList cues)
    {
        var usesPhrase = phraseAt >= 0 && (praiseAt < 0 || phraseAt < praiseAt);
        var at = usesPhrase ? phraseAt : praiseAt;
        var sincere = SarcasmPhrases.Sincere.FirstIn(message);
        var aimedAtReader = SarcasmPhrases.AimedAtReader(message, at, 3);

        // "Perfect, my train is delayed again" / "Great. Another Monday.": praise said as an interjection sets the tone
        // of what follows. Elsewhere the complaint must share the sentence; "can't wait", "nothing like" the clause.
        var opening = !usesPhrase && IsInterjection(message, at, phraseAt == at ? phraseEnd : at);
        var tight = usesPhrase
            ? !SarcasmPhrases.Separated(message, at, complaintAt, clause: true)
            : opening || !SarcasmPhrases.Separated(message, at, complaintAt, clause: false);
        var what = $"{message.FoldedOf(message.Words[at])} + {message.FoldedOf(message.Words[complaintAt])}";
        if (tight && sincere is null && !aimedAtReader)
        {
            cues.Add(Dimensions.Sarcasm, $"contrast:{what}", 0.5);
            return 0.5;
        }

        var reason = sincere is not null ? $"sincere '{sincere}'" : aimedAtReader ? "aimed at the reader" : "apart";
        cues.Add(Dimensions.Sarcasm, $"contrast (weak, {reason}):{what}", 0.1);
        return 0.1;
    }

    /// <summary>Praise as sarcasm uses it: an evaluative word ("great", "love", "thanks") said of the situation.
    /// Laughter ("haha"), pet names ("honey") and wishes ("I'd love to") are not praise of anything.</summary>
    private static bool IsPraise(ScannedMessage message, int i)
    {
        var word = message.Words[i];
        if (word.Entry is not { Valence: >= 2 } entry || word.Is(WordShape.Negated) || word.Is(WordShape.Hashtag))
        {
            return false;
        }

        // Chat's cheers ("yay", "woohoo") praise what follows them; other slang joy ("lol", "haha") only laughs.
        var evaluative = entry.Emotion == Emotion.Joy
            ? !entry.Has(LexiconFlags.Slang) || entry.Word is "yay" or "woohoo" or "yippee"
            : entry.Word is "love" or "loved" or "loving" or "adore";
        var wish = i > 0 && message.FoldedOf(message.Words[i - 1]) is "would" or "i'd" or "we'd" or "you'd" or "id";
        return evaluative && !wish;
    }

    /// <summary>"Great, ...", "Oh perfect. ...", "Just great!": the praise stands alone at the start of the message.</summary>
    private static bool IsInterjection(ScannedMessage message, int at, int last)
    {
        var lead = at == 0 || (at == 1 && message.FoldedOf(message.Words[0]) is "oh" or "just" or "well" or "wow" or "so");
        if (!lead)
        {
            return false;
        }

        // The praise (or "best day ever") is followed by punctuation, not by more of its sentence.
        var end = message.Words[last].Start + message.Words[last].Length;
        return end >= message.ScannedLength || message.Text[end] is ',' or '.' or '!' or '…';
    }

    private static double ReadShape(ScannedMessage message, bool praise, CueList cues)
    {
        double score = 0;
        foreach (var emoji in message.Emojis)
        {
            if (emoji.Entry.Has(EmojiFlags.Sarcasm) || (praise && emoji.Entry.Sentiment <= -0.5))
            {
                var weight = praise ? 0.45 : 0.3;
                score += weight;
                cues.Add(Dimensions.Sarcasm, $"{(emoji.IsEmoticon ? "emoticon" : "emoji")}:{message.SpanOf(emoji)}", weight);
                break;
            }
        }

        if (praise && ShoutedPraise(message))
        {
            score += 0.3;
            cues.Add(Dimensions.Sarcasm, "shape:praise in capitals", 0.3);
        }

        if (SarcasmPhrases.HasScareQuotes(message.Text.AsSpan(0, message.ScannedLength)))
        {
            score += 0.3;
            cues.Add(Dimensions.Sarcasm, "punctuation:scare quotes", 0.3);
        }

        if (praise && message.Ellipses > 0)
        {
            score += 0.1;
            cues.Add(Dimensions.Sarcasm, "punctuation:...", 0.1);
        }

        return score;
    }

    private static bool ShoutedPraise(ScannedMessage message)
    {
        foreach (var word in message.Words)
        {
            if (word.Entry is { Valence: >= 2 } && word.Is(WordShape.AllCaps) && word.Length >= 4)
            {
                return true;
            }
        }

        return false;
    }
}
