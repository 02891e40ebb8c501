using WhatStyle.Tools.Tone.Lexicon;
using WhatStyle.Tools.Tone.Text;

namespace WhatStyle.Tools.Tone.Rules;

/// <summary>Formal or casual, from how the message is written: capitals, full stops, contractions, slang, emoji.</summary>
/// <remarks>
/// Hand-written rules: no data set WhatStyle may ship a model from labels formality. The weights were tuned by
/// hand while checking against Pavlick's ratings (measure-and-tune use only, per ../shared/data/README.md).
/// </remarks>
internal static class FormalityRules
{
    public static FormalityReading Read(ScannedMessage message, CueList cues)
    {
        var words = message.Words;
        if (words.Count == 0)
        {
            // Emoji or punctuation only: nobody writes that formally.
            var onlyEmoji = message.Emojis.Count > 0;
            if (onlyEmoji)
            {
                cues.Add(Dimensions.Formality, "shape:emoji only", 1);
            }

            return new FormalityReading(FormalityLabel.Casual, onlyEmoji ? 0.1 : 0.4);
        }

        double score = 0;
        void Signal(string signal, double weight)
        {
            score += weight;
            cues.Add(Dimensions.Formality, signal, weight);
        }

        if (message.StartsCapitalized)
        {
            Signal("shape:capitalised start", 0.6);
        }
        else if (message.Letters > 0)
        {
            Signal("shape:lower-case start", -0.9);
        }

        if (message.EndsWithPunctuation && message.Exclamations == 0)
        {
            Signal("shape:ends with a full stop or question mark", 0.5);
        }
        else if (message.Emojis.Count == 0 && message.Periods == 0 && message.Questions == 0)
        {
            Signal("shape:no closing punctuation", -0.4);
        }

        int slang = 0, formal = 0, contractions = 0, lowerI = 0, capitalsInside = 0, longWords = 0, letters = 0;
        var shouting = false;
        string? firstSlang = null, firstFormal = null, firstContraction = null;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var form = message.FoldedOf(word);
            letters += form.Length;
            if (form.Length >= 7)
            {
                longWords++;
            }

            if (word.Is(WordShape.AllCaps) && form.Length >= 3)
            {
                shouting = true;
            }

            if (i > 0 && word.Is(WordShape.Capitalized))
            {
                capitalsInside++;
            }

            if (form.Length == 1 && form[0] == 'i' && message.Text[word.Start] == 'i')
            {
                lowerI++;
            }

            if (form.Contains('\''))
            {
                contractions++;
                firstContraction ??= message.OriginalOf(word);
            }

            if (word.Entry is { } entry)
            {
                if (entry.Has(LexiconFlags.Slang))
                {
                    slang++;
                    firstSlang ??= entry.Word;
                }

                if (entry.Has(LexiconFlags.Formal))
                {
                    formal++;
                    firstFormal ??= entry.Word;
                }
            }
        }

        if (slang > 0)
        {
            Signal($"word:{firstSlang} (chat word)", -0.7 * Math.Min(slang, 3));
        }

        if (formal > 0)
        {
            Signal($"word:{firstFormal} (formal word)", 0.45 * Math.Min(formal, 3));
        }

        if (contractions > 0)
        {
            Signal($"contraction:{firstContraction}", -0.45 * Math.Min(contractions, 3));
        }

        if (lowerI > 0)
        {
            Signal("shape:lower-case 'i'", -0.8);
        }

        if (shouting)
        {
            Signal("shape:all caps", -0.6);
        }

        if (message.Emojis.Count > 0)
        {
            Signal("shape:emoji or emoticon", -0.9 - (0.2 * Math.Min(message.Emojis.Count - 1, 3)));
        }

        if (message.LongestExclamationRun >= 2 || message.Interrobangs > 0 || message.Questions >= 2)
        {
            Signal("punctuation:repeated ! or ?", -0.7);
        }
        else if (message.Exclamations > 0)
        {
            Signal("punctuation:!", -0.3);
        }

        if (words.Exists(w => w.Is(WordShape.Elongated)))
        {
            Signal("shape:elongated word", -0.6);
        }

        var meanLength = letters / (double)words.Count;
        if (meanLength >= 4.6)
        {
            Signal("shape:long words", Math.Min((meanLength - 4.3) * 0.6, 0.9));
        }
        else if (meanLength < 3.8)
        {
            Signal("shape:short words", -0.4);
        }

        if (words.Count >= 12)
        {
            Signal("shape:long sentence", 0.3);
        }

        if (capitalsInside > 0 && !shouting)
        {
            Signal("shape:capitalised names", 0.2 * Math.Min(capitalsInside, 3));
        }

        if (message.Commas > 0)
        {
            Signal("punctuation:comma", 0.15);
        }

        var probability = 1 / (1 + Math.Exp(-score));
        return new FormalityReading(probability >= 0.5 ? FormalityLabel.Formal : FormalityLabel.Casual, Math.Round(probability, 3));
    }
}
