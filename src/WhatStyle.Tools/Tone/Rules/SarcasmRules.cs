using WhatStyle.Tools.Tone.Emoji;
using WhatStyle.Tools.Tone.Lexicon;
using WhatStyle.Tools.Tone.Text;

namespace WhatStyle.Tools.Tone.Rules;

/// <summary>Sarcasm: praise pointed at something nobody enjoys ("Oh great, another Monday 🙄"), eye-roll emoji, #not.</summary>
/// <remarks>GoEmotions has no sarcasm label and the irony set may not train a shipped model, so these are rules,
/// measured on the irony set. The core signal is contrast: positive words next to a complaint or an eye-roll.</remarks>
internal static class SarcasmRules
{
    /// <summary>Score at which a message counts as sarcastic.</summary>
    public const double Threshold = 0.5;

    private static readonly string[] s_openers =
    [
        "oh great", "oh wonderful", "oh fantastic", "oh perfect", "oh joy", "oh good", "oh nice", "oh sure", "yeah right",
        "yeah sure", "just what i needed", "just what i need", "thanks a lot", "thanks for nothing", "love it when",
        "love how", "love that", "so much fun", "what a surprise", "how nice", "how lovely", "great job", "nice job",
        "just great", "just perfect", "because that's", "as if", "can't wait", "cant wait", "who doesn't love",
        "love when", "loving the", "love working", "love waking", "love being", "love getting", "nothing like", "so glad",
        "just love", "what a great", "what a lovely", "how fun", "thanks for", "thank you for", "my favorite", "my favourite",
        "best day ever", "exactly what", "always a pleasure", "said no one", "said nobody",
    ];

    public static SarcasmReading Read(ScannedMessage message, CueList cues)
    {
        double score = 0;
        string? praise = null;
        string? complaint = null;
        var praiseAt = -1;
        for (var i = 0; i < message.Words.Count; i++)
        {
            var word = message.Words[i];
            if (word.Is(WordShape.Hashtag))
            {
                var tag = message.FoldedOf(word);
                if (tag.SequenceEqual("not") || tag.SequenceEqual("sarcasm") || tag.SequenceEqual("irony") || tag.SequenceEqual("sarcastic"))
                {
                    score += 0.8;
                    cues.Add(Dimensions.Sarcasm, $"hashtag:#{tag}", 0.8);
                }
            }

            if (word.Entry is not { } entry || word.Is(WordShape.Negated))
            {
                continue;
            }

            if (entry.Valence >= 2 && praise is null)
            {
                praise = entry.Word;
                praiseAt = i;
            }
            else if ((entry.Has(LexiconFlags.Situation) || entry.Valence <= -1) && complaint is null)
            {
                complaint = entry.Word;
            }
        }

        // Contrast counts in either order ("Monday again, great"), but alone it is not enough: chat is full of
        // sincere mixed messages ("sorry you're sick, hope you feel better").
        if (praise is null)
        {
            complaint = null;
        }

        var opener = Phrases.FirstOf(message, s_openers);
        if (opener is not null)
        {
            score += 0.3;
            cues.Add(Dimensions.Sarcasm, $"phrase:{opener}", 0.3);
        }

        if (praise is not null && complaint is not null)
        {
            score += 0.35;
            cues.Add(Dimensions.Sarcasm, $"contrast:{praise} + {complaint}", 0.35);
        }

        if (praiseAt >= 0 && (Phrases.IsWord(message, praiseAt - 1, "oh") || Phrases.IsWord(message, praiseAt - 1, "wow")))
        {
            score += 0.15;
            cues.Add(Dimensions.Sarcasm, "phrase:oh + praise", 0.15);
        }

        foreach (var emoji in message.Emojis)
        {
            if (emoji.Entry.Has(EmojiFlags.Sarcasm) || (praise is not null && emoji.Entry.Sentiment <= -0.5))
            {
                var weight = praise is not null ? 0.45 : 0.3;
                score += weight;
                cues.Add(Dimensions.Sarcasm, $"{(emoji.IsEmoticon ? "emoticon" : "emoji")}:{message.OriginalOf(emoji)}", weight);
                break;
            }
        }

        if (praise is not null && ShoutedPraise(message))
        {
            score += 0.3;
            cues.Add(Dimensions.Sarcasm, "shape:praise in capitals", 0.3);
        }

        if (ScareQuotes(message.Text.AsSpan(0, message.ScannedLength)))
        {
            score += 0.3;
            cues.Add(Dimensions.Sarcasm, "punctuation:scare quotes", 0.3);
        }

        if (praise is not null && message.Ellipses > 0)
        {
            score += 0.1;
            cues.Add(Dimensions.Sarcasm, "punctuation:...", 0.1);
        }

        score = Math.Min(score, 1);
        return new SarcasmReading(score >= Threshold, Math.Round(score, 3));
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

    /// <summary>A short phrase in quotes, as in 'my "quality time" in traffic'.</summary>
    private static bool ScareQuotes(ReadOnlySpan<char> text)
    {
        var open = text.IndexOfAny('"', '\u201C');
        if (open < 0)
        {
            return false;
        }

        var rest = text[(open + 1)..];
        var close = rest.IndexOfAny('"', '\u201D');
        if (close <= 0 || close > 30)
        {
            return false;
        }

        var quoted = rest[..close];
        return quoted.Count(' ') <= 2 && char.IsLetter(quoted[0]);
    }
}
