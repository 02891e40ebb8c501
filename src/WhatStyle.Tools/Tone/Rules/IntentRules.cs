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

    /// <summary>What a phrase in <see cref="s_phrases"/> marks: an intent, or a question opener.</summary>
    private enum Mark { Condolence, BadNews, Invitation, Request, GoodNews, Praise, Apology, Thanks, Opener, Farewell, Greeting }

    private static readonly TaggedPhraseSet<Mark> s_phrases = new(
    [
        .. IntentPhrases.Condolence.Select(p => (p, Mark.Condolence)),
        .. IntentPhrases.BadNews.Select(p => (p, Mark.BadNews)),
        .. IntentPhrases.Invitation.Select(p => (p, Mark.Invitation)),
        .. IntentPhrases.Request.Select(p => (p, Mark.Request)),
        .. IntentPhrases.GoodNews.Select(p => (p, Mark.GoodNews)),
        .. IntentPhrases.Praise.Select(p => (p, Mark.Praise)),
        .. IntentPhrases.Apology.Select(p => (p, Mark.Apology)),
        .. IntentPhrases.Thanks.Select(p => (p, Mark.Thanks)),
        .. IntentPhrases.QuestionOpeners.Select(p => (p, Mark.Opener)),
        .. IntentPhrases.Farewell.Select(p => (p, Mark.Farewell)),
        .. IntentPhrases.Greeting.Select(p => (p, Mark.Greeting)),
    ]);

    private static readonly (Mark Mark, MessageIntent Intent)[] s_ordered =
    [
        (Mark.Condolence, MessageIntent.Condolence), (Mark.BadNews, MessageIntent.BadNews), (Mark.Invitation, MessageIntent.Invitation),
        (Mark.Request, MessageIntent.Request), (Mark.GoodNews, MessageIntent.GoodNews), (Mark.Praise, MessageIntent.Praise),
    ];

    /// <summary>The intent, and whether a phrase (rather than the fallback) decided it.</summary>
    public static MessageIntent Read(ScannedMessage message, CueList cues, out bool matched)
    {
        // The matches live only for this call: one list per thread instead of one per message.
        using var found = ThreadScratch<List<TaggedPhraseSet<Mark>.Match>>.Borrow();
        s_phrases.FindAll(message, found.Item);
        return Read(message, cues, found.Item, out matched);
    }

    private static MessageIntent Read(ScannedMessage message, CueList cues, List<TaggedPhraseSet<Mark>.Match> found, out bool matched)
    {
        matched = true;
        foreach (var (mark, intent) in s_ordered)
        {
            if (First(found, mark) is { } phrase)
            {
                return Cue(intent, $"phrase:{phrase.Phrase}", cues);
            }
        }

        if (message.Questions > 0)
        {
            return Cue(MessageIntent.Question, "punctuation:?", cues);
        }

        if (First(found, Mark.Apology) is { } apology)
        {
            return Cue(MessageIntent.Apology, $"phrase:{apology.Phrase}", cues);
        }

        if (First(found, Mark.Thanks) is { } thanks)
        {
            return Cue(MessageIntent.Thanks, $"phrase:{thanks.Phrase}", cues);
        }

        if (First(found, Mark.Opener) is { Index: 0 } opener)
        {
            return Cue(MessageIntent.Question, $"opener:{opener.Phrase}", cues);
        }

        var isShort = message.Words.Count <= ShortMessage;
        if (isShort && First(found, Mark.Farewell) is { } farewell)
        {
            return Cue(MessageIntent.Farewell, $"phrase:{farewell.Phrase}", cues);
        }

        if (isShort && First(found, Mark.Greeting) is { Index: 0 or 1 } greeting)
        {
            return Cue(MessageIntent.Greeting, $"phrase:{greeting.Phrase}", cues);
        }

        matched = false;
        return MessageIntent.ChitChat;
    }

    private static TaggedPhraseSet<Mark>.Match? First(List<TaggedPhraseSet<Mark>.Match> found, Mark mark)
    {
        foreach (var match in found)
        {
            if (match.Tag == mark)
            {
                return match;
            }
        }

        return null;
    }

    private static MessageIntent Cue(MessageIntent intent, string signal, CueList cues)
    {
        cues.Add(Dimensions.Intent, signal, 1);
        return intent;
    }
}
