using WhatStyle.Tools.Tone.Emoji;
using WhatStyle.Tools.Tone.Lexicon;
using WhatStyle.Tools.Tone.Text;

namespace WhatStyle.Tools.Tone.Rules;

/// <summary>How soon the writer wants an answer: "CALL ME NOW", "Emergency!!", "the deadline is today".</summary>
internal static class UrgencyRules
{
    private static readonly PhraseSet s_phrases = new(
    [
        "call me", "as soon as possible", "right now", "right away", "need help", "help me", "pick up", "answer me",
        "where are you", "asap", "call back", "are you there", "llámame", "appelle moi", "ruf mich an", "me liga",
        "by tomorrow", "by tonight", "by end of day", "by eod", "end of day", "before tomorrow", "before noon", "by noon",
        "by this afternoon", "para mañana", "antes de mañana", "hoy mismo", "pour demain", "avant ce soir", "avant demain",
        "bis heute abend", "bis morgen früh", "noch heute", "para amanhã", "até hoje", "ainda hoje", "hoje ainda",
        // Someone stuck or locked out who needs a hand now (2026-12-08).
        "locked out", "stuck in traffic", "stuck in a meeting", "can you grab", "can u grab", "pick her up", "pick him up",
        "me quedé fuera", "me quede fuera", "atascada en el tráfico", "atascado en el tráfico", "atrapada en el tráfico",
        "enfermée dehors", "enfermé dehors", "bloquée dans les bouchons", "bloqué dans les bouchons", "ausgesperrt",
        "stehe im stau", "steck im stau", "im stau", "trancada do lado de fora", "presa no trânsito", "preso no trânsito",
        "presa no transito", "preso no transito",
    ]);

    // Places that close at an hour: with a time in the message, someone is racing a gate ("daycare closes at 6").
    private static readonly PhraseSet s_closing = new(
    [
        "closes", "closing", "cierra", "cierran", "ferme", "ferment", "macht um", "machen um", "schließt", "schliesst",
        "fecha", "fecham",
    ]);

    public static UrgencyReading Read(ScannedMessage message, CueList cues)
    {
        double score = 0;
        var timeWords = 0;
        foreach (var word in message.Words)
        {
            if (word.Entry is not { } entry || !entry.Has(LexiconFlags.Urgent))
            {
                continue;
            }

            var weight = entry.Word switch
            {
                "today" or "tonight" or "now" or "call" or "quick" or "agora" or "ahora" or "heute" => 0.2,
                "help" or "ayuda" or "hilfe" => 0.3,
                _ => 0.45,
            };
            if (entry.Word is "today" or "tonight" or "heute")
            {
                timeWords++;
            }

            if (word.Is(WordShape.AllCaps))
            {
                weight += 0.2;
            }

            score += weight;
            cues.Add(Dimensions.Urgency, $"word:{message.SpanOf(word)}", weight);
        }

        var phrase = s_phrases.FirstIn(message);
        if (phrase is not null)
        {
            score += 0.35;
            cues.Add(Dimensions.Urgency, $"phrase:{phrase}", 0.35);
        }

        if (s_closing.FirstIn(message) is { } closing && message.Text.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
        {
            score += 0.3;
            cues.Add(Dimensions.Urgency, $"deadline:{closing} at an hour", 0.3);
        }

        // A deadline or "by today" makes the time words count fully.
        if (timeWords > 0 && (Phrases.Contains(message, "deadline") || Phrases.Contains(message, "due") || Phrases.Contains(message, "by")))
        {
            score += 0.25;
            cues.Add(Dimensions.Urgency, "deadline:today", 0.25);
        }

        var capsWords = message.Words.Count(w => w.Is(WordShape.AllCaps));
        if (capsWords >= 2 && capsWords * 2 >= message.Words.Count)
        {
            score += 0.25;
            cues.Add(Dimensions.Urgency, "shape:all caps", 0.25);
        }

        if (message.LongestExclamationRun >= 2)
        {
            score += 0.2;
            cues.Add(Dimensions.Urgency, "punctuation:" + new string('!', Math.Min(message.LongestExclamationRun, 5)), 0.2);
        }

        foreach (var emoji in message.Emojis)
        {
            if (emoji.Entry.Has(EmojiFlags.Urgent))
            {
                score += 0.3;
                cues.Add(Dimensions.Urgency, $"emoji:{message.SpanOf(emoji)}", 0.3);
                break;
            }
        }

        score = Math.Min(score, 1);
        var level = score >= 0.6 ? UrgencyLevel.High : score >= 0.3 ? UrgencyLevel.Medium : UrgencyLevel.Low;
        return new UrgencyReading(level, Math.Round(score, 3));
    }
}
