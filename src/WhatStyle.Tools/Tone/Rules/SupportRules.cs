using WhatStyle.Tools.Tone.Emoji;
using WhatStyle.Tools.Tone.Lexicon;
using WhatStyle.Tools.Tone.Text;

namespace WhatStyle.Tools.Tone.Rules;

/// <summary>Whether the writer is in distress and an empathetic answer is called for.</summary>
/// <remarks>Distress words and emoji about the writer themself, plus the model's sadness and fear, minus jokes
/// ("I'm dead 😂") and sarcasm. Emoji alone are not enough (people use 😭 for laughing too).</remarks>
internal static class SupportRules
{
    public const double Threshold = 0.5;

    private static readonly PhraseSet s_pleas = new(
    [
        "need to talk", "can we talk", "i need you", "i can't do this", "i cant do this", "i give up", "feeling down",
        "feel like crying", "want to cry", "i'm not okay", "im not okay", "i'm not ok", "not doing well", "so alone",
        "broke up", "i'm scared", "im scared", "help me", "had a panic attack", "can't stop crying",
    ]);

    public static bool Read(ScannedMessage message, float sadness, float fear, bool sarcastic, CueList cues)
    {
        double score = 0.6 * Math.Min(1.0, sadness + fear);
        if (score >= 0.15)
        {
            cues.Add(Dimensions.NeedsSupport, $"model:sadness+fear {sadness + fear:0.00}", score);
        }

        var distress = 0;
        var self = false;
        foreach (var word in message.Words)
        {
            if (word.Entry is not { } entry)
            {
                continue;
            }

            self |= entry.Has(LexiconFlags.Self);
            if (entry.Has(LexiconFlags.Distress) && !word.Is(WordShape.Negated) && distress < 2)
            {
                distress++;
                score += 0.2;
                cues.Add(Dimensions.NeedsSupport, $"word:{entry.Word}", 0.2);
            }
        }

        var laughing = false;
        foreach (var emoji in message.Emojis)
        {
            laughing |= emoji.Entry.Has(EmojiFlags.Laugh);
            if (emoji.Entry.Has(EmojiFlags.Distress))
            {
                score += 0.2;
                cues.Add(Dimensions.NeedsSupport, $"{(emoji.IsEmoticon ? "emoticon" : "emoji")}:{message.SpanOf(emoji)}", 0.2);
                break;
            }
        }

        var plea = s_pleas.FirstIn(message);
        if (plea is not null)
        {
            score += 0.4;
            cues.Add(Dimensions.NeedsSupport, $"phrase:{plea}", 0.4);
        }

        // Talking about oneself, or a bare report ("failed my exam"), reads as the writer's own trouble.
        if (self && score > 0.2)
        {
            score += 0.1;
            cues.Add(Dimensions.NeedsSupport, "self:first person", 0.1);
        }

        if (laughing)
        {
            score -= 0.4;
            cues.Add(Dimensions.NeedsSupport, "emoji:laughing", -0.4);
        }

        if (sarcastic)
        {
            score -= 0.3;
            cues.Add(Dimensions.NeedsSupport, "sarcasm", -0.3);
        }

        return score >= Threshold && (distress > 0 || plea is not null || sadness + fear >= 0.6);
    }
}
