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
        // The same pleas in es, fr, de and pt (2026-12-08): the emotion model reads English only, so there they carry more.
        "no puedo más", "no puedo mas", "ya no puedo", "no aguanto más", "no aguanto mas", "me siento solo", "me siento sola",
        "me siento vacío", "me siento vacía", "me siento fatal", "no salgo de la cama", "no paro de llorar", "estoy fatal",
        "estoy hecha polvo", "estoy hecho polvo", "je n'en peux plus", "j'en peux plus", "je craque", "je me sens seul",
        "je me sens seule", "je me sens vide", "je me sens nulle", "je me sens nul", "je pleure", "ça va pas du tout",
        "ca va pas du tout", "ich kann nicht mehr", "bin am ende", "ich bin am ende", "fühl mich so allein",
        "fühl mich einsam", "fühl mich so einsam", "fühle mich allein", "fühle mich einsam", "mir geht's richtig schlecht",
        "mir gehts richtig schlecht", "mir geht es schlecht", "ich heul nur noch", "não aguento mais", "nao aguento mais",
        "tô surtando", "to surtando", "me sinto sozinha", "me sinto sozinho", "me sentindo sozinha", "me sentindo sozinho",
        "tô destruída", "to destruida", "tô destruído", "to destruido", "tô mal", "to mal", "chorando muito",
    ]);

    /// <summary>A distress word's weight; in a language the emotion model cannot read, the words carry its share too.</summary>
    private const double DistressWord = 0.2;
    private const double ForeignDistressWord = 0.3;

    public static bool Read(ScannedMessage message, float sadness, float fear, bool sarcastic, bool modelReadsLanguage, CueList cues)
    {
        var wordWeight = modelReadsLanguage ? DistressWord : ForeignDistressWord;
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
                score += wordWeight;
                cues.Add(Dimensions.NeedsSupport, $"word:{entry.Word}", wordWeight);
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
