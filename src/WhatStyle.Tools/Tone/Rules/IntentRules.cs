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
    private enum Mark { Condolence, BadNews, Invitation, Request, GoodNews, Praise, Apology, Thanks, Opener, Farewell, Greeting, Disbelief }

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
        .. IntentPhrases.Disbelief.Select(p => (p, Mark.Disbelief)),
    ]);

    private static readonly (Mark Mark, MessageIntent Intent)[] s_ordered =
    [
        (Mark.Condolence, MessageIntent.Condolence), (Mark.BadNews, MessageIntent.BadNews), (Mark.Invitation, MessageIntent.Invitation),
        (Mark.Request, MessageIntent.Request), (Mark.GoodNews, MessageIntent.GoodNews), (Mark.Praise, MessageIntent.Praise),
    ];

    /// <summary>The intent, and whether a phrase (rather than the fallback) decided it.</summary>
    /// <param name="message">The scanned message.</param>
    /// <param name="sentiment">The message's sentiment: good news said not to have happened is bad news unless the mood is positive.</param>
    /// <param name="cues">Where the deciding phrase is recorded.</param>
    /// <param name="matched">Whether a phrase (rather than the fallback) decided it.</param>
    public static MessageIntent Read(ScannedMessage message, SentimentLabel sentiment, CueList cues, out bool matched)
    {
        // The matches live only for this call: one list per thread instead of one per message.
        using var found = ThreadScratch<List<TaggedPhraseSet<Mark>.Match>>.Borrow();
        s_phrases.FindAll(message, found.Item);
        return Read(message, sentiment, cues, found.Item, out matched);
    }

    private static MessageIntent Read(
        ScannedMessage message, SentimentLabel sentiment, CueList cues, List<TaggedPhraseSet<Mark>.Match> found, out bool matched)
    {
        matched = true;
        foreach (var (mark, intent) in s_ordered)
        {
            if (First(found, mark) is not { } phrase)
            {
                continue;
            }

            // "I didn't get the promotion" carries the phrase good news rests on; congratulating it is the worst reply
            // there is. The scanner already marks the words a negator reaches (three, up to punctuation), so "No way, I
            // got the job!" stays good news, and so does amazement ("can't believe I got the job!!") or a positive mood.
            if (mark == Mark.GoodNews && sentiment != SentimentLabel.Positive && First(found, Mark.Disbelief) is null
                && AllNegated(message, found, Mark.GoodNews))
            {
                return Cue(MessageIntent.BadNews, $"negated:{phrase.Phrase}", cues);
            }

            return Cue(intent, $"phrase:{phrase.Phrase}", cues);
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

    /// <summary>Whether every phrase of <paramref name="mark"/> has a word in a negator's reach.</summary>
    private static bool AllNegated(ScannedMessage message, List<TaggedPhraseSet<Mark>.Match> found, Mark mark)
    {
        foreach (var match in found)
        {
            if (match.Tag == mark && !Negated(message, match))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Negated(ScannedMessage message, TaggedPhraseSet<Mark>.Match match)
    {
        for (var w = match.Index; w < match.Index + match.Words; w++)
        {
            if (message.Words[w].Is(WordShape.Negated))
            {
                return true;
            }
        }

        return false;
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
