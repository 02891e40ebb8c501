using WhatStyle.Tools.Tone.Lexicon;
using WhatStyle.Tools.Tone.Text;

namespace WhatStyle.Tools.Tone.Rules;

/// <summary>Whether the writer asks after, or looks after, the reader ("How are your studies going?", "take care").</summary>
internal static class CaringRules
{
    private static readonly PhraseSet s_phrases = new(
    [
        "how are you", "how are your", "how is your", "how's your", "how was your", "how did your", "how are things",
        "how have you been", "how you doing", "how r u", "how are u", "are you ok", "are you okay", "are you alright",
        "you ok", "you okay", "you alright", "take care", "hope you", "hope your", "feel better", "get well",
        "thinking of you", "here for you", "proud of you", "did you eat", "did you sleep", "get some rest",
        "let me know if you need", "cómo estás", "como estas", "comment vas", "ça va", "wie geht", "como vai", "tudo bem",
    ]);

    public static bool Read(ScannedMessage message, CueList cues)
    {
        var phrase = s_phrases.FirstIn(message);
        if (phrase is not null)
        {
            cues.Add(Dimensions.Caring, $"phrase:{phrase}", 1);
            return true;
        }

        foreach (var word in message.Words)
        {
            if (word.Entry is { } entry && entry.Has(LexiconFlags.Care) && entry.Valence > 0 && !word.Is(WordShape.Negated))
            {
                cues.Add(Dimensions.Caring, $"word:{entry.Word}", 0.6);
                return true;
            }
        }

        return false;
    }
}
