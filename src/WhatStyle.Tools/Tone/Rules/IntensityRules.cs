using WhatStyle.Tools.Tone.Lexicon;
using WhatStyle.Tools.Tone.Text;

namespace WhatStyle.Tools.Tone.Rules;

/// <summary>How strongly the feeling is expressed: how emotional the model finds it, how strong the words are,
/// and the amplifiers people type (elongation, caps, "!!!", "?!", intensifiers, several emoji).</summary>
internal static class IntensityRules
{
    public static double Read(ScannedMessage message, float neutral, CueList cues)
    {
        var emotional = 1 - neutral;
        var intensity = 0.3 * emotional;
        double strongest = 0;
        string? strongestWord = null;
        foreach (var word in message.Words)
        {
            if (word.Entry is { } entry && Math.Abs(entry.Valence) > strongest)
            {
                strongest = Math.Abs(entry.Valence);
                strongestWord = entry.Word;
            }
        }

        foreach (var emoji in message.Emojis)
        {
            if (Math.Abs(emoji.Entry.Sentiment) * 3 > strongest)
            {
                strongest = Math.Abs(emoji.Entry.Sentiment) * 3;
                strongestWord = message.OriginalOf(emoji);
            }
        }

        if (strongestWord is not null)
        {
            intensity += 0.35 * strongest / 3;
            cues.Add(Dimensions.Intensity, $"strongest:{strongestWord}", 0.35 * strongest / 3);
        }

        Amplify(message, cues, ref intensity);
        return Math.Round(Math.Clamp(intensity, 0, 1), 3);
    }

    private static void Amplify(ScannedMessage message, CueList cues, ref double intensity)
    {
        int intensifiers = 0, elongated = 0, caps = 0;
        foreach (var word in message.Words)
        {
            if (word.Entry is { } entry && entry.Has(LexiconFlags.Intensifier) && intensifiers++ == 0)
            {
                cues.Add(Dimensions.Intensity, $"intensifier:{entry.Word}", 0.1);
            }

            if (word.Is(WordShape.Elongated) && elongated++ == 0)
            {
                cues.Add(Dimensions.Intensity, $"elongation:{message.SpanOf(word)}", 0.12);
            }

            if (word.Is(WordShape.AllCaps) && word.Length >= 3 && caps++ == 0)
            {
                cues.Add(Dimensions.Intensity, $"caps:{message.SpanOf(word)}", 0.15);
            }
        }

        intensity += (0.1 * Math.Min(intensifiers, 2)) + (0.12 * Math.Min(elongated, 2)) + (caps > 0 ? 0.15 : 0);
        if (message.LongestExclamationRun >= 2)
        {
            var bonus = 0.05 * Math.Min(message.LongestExclamationRun, 4);
            intensity += bonus;
            cues.Add(Dimensions.Intensity, "punctuation:" + new string('!', Math.Min(message.LongestExclamationRun, 5)), bonus);
        }
        else if (message.Exclamations > 0)
        {
            intensity += 0.05;
            cues.Add(Dimensions.Intensity, "punctuation:!", 0.05);
        }

        if (message.Interrobangs > 0)
        {
            intensity += 0.1;
            cues.Add(Dimensions.Intensity, "punctuation:?!", 0.1);
        }

        if (message.Emojis.Count >= 2)
        {
            var bonus = 0.04 * Math.Min(message.Emojis.Count, 4);
            intensity += bonus;
            cues.Add(Dimensions.Intensity, $"emoji:{message.Emojis.Count} emoji", bonus);
        }
    }
}
