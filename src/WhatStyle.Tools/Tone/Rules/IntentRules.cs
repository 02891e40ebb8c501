using WhatStyle.Tools.Tone.Text;

namespace WhatStyle.Tools.Tone.Rules;

/// <summary>What a message does (asks, requests, invites, tells news, thanks…), from phrases in five languages.</summary>
/// <remarks>
/// The most consequential reading wins: a condolence or bad news outranks the "hi" in front of it, an invitation or a
/// request outranks the "thanks" around it. Greetings and goodbyes count only when the message is little more than
/// that (a "hey" opening a long story is not a greeting). With no phrase and no question the message is chit-chat.
/// </remarks>
internal static class IntentRules
{
    private const int ShortMessage = 8;

    private static readonly (MessageIntent Intent, PhraseSet Set)[] s_ordered =
    [
        (MessageIntent.Condolence, new PhraseSet(IntentPhrases.Condolence)),
        (MessageIntent.BadNews, new PhraseSet(IntentPhrases.BadNews)),
        (MessageIntent.Invitation, new PhraseSet(IntentPhrases.Invitation)),
        (MessageIntent.Request, new PhraseSet(IntentPhrases.Request)),
        (MessageIntent.GoodNews, new PhraseSet(IntentPhrases.GoodNews)),
        (MessageIntent.Praise, new PhraseSet(IntentPhrases.Praise)),
    ];

    private static readonly PhraseSet s_apology = new(IntentPhrases.Apology);
    private static readonly PhraseSet s_thanks = new(IntentPhrases.Thanks);
    private static readonly PhraseSet s_openers = new(IntentPhrases.QuestionOpeners);
    private static readonly PhraseSet s_farewell = new(IntentPhrases.Farewell);
    private static readonly PhraseSet s_greeting = new(IntentPhrases.Greeting);

    /// <summary>The intent, and whether a phrase (rather than the fallback) decided it.</summary>
    public static MessageIntent Read(ScannedMessage message, CueList cues, out bool matched)
    {
        matched = true;
        foreach (var (intent, set) in s_ordered)
        {
            if (set.FirstIn(message) is { } phrase)
            {
                return Cue(intent, $"phrase:{phrase}", cues);
            }
        }

        if (message.Questions > 0)
        {
            return Cue(MessageIntent.Question, "punctuation:?", cues);
        }

        if (s_apology.FirstIn(message) is { } apology)
        {
            return Cue(MessageIntent.Apology, $"phrase:{apology}", cues);
        }

        if (s_thanks.FirstIn(message) is { } thanks)
        {
            return Cue(MessageIntent.Thanks, $"phrase:{thanks}", cues);
        }

        if (s_openers.Find(message, 0, out var opener) == 0)
        {
            return Cue(MessageIntent.Question, $"opener:{opener}", cues);
        }

        var isShort = message.Words.Count <= ShortMessage;
        if (isShort && s_farewell.FirstIn(message) is { } farewell)
        {
            return Cue(MessageIntent.Farewell, $"phrase:{farewell}", cues);
        }

        if (isShort && s_greeting.Find(message, 0, out var greeting) is 0 or 1)
        {
            return Cue(MessageIntent.Greeting, $"phrase:{greeting}", cues);
        }

        matched = false;
        return MessageIntent.ChitChat;
    }

    private static MessageIntent Cue(MessageIntent intent, string signal, CueList cues)
    {
        cues.Add(Dimensions.Intent, signal, 1);
        return intent;
    }
}
