using WhatStyle.Tools.Tone.Text;

namespace WhatStyle.Tools.Tone.Rules;

/// <summary>The word patterns sarcasm is written with, and the ones that mark a sincere mixed message instead.</summary>
/// <remarks>Written from how people complain sarcastically in chat; none of it comes from a labelled set.</remarks>
internal static class SarcasmPhrases
{
    /// <summary>Rhetorical formulas that are sarcastic on their own ("yeah right", "thanks for nothing").</summary>
    public static readonly PhraseSet Strong = new(
    [
        "yeah right", "thanks for nothing", "said no one", "said nobody", "said no one ever", "just what i needed", "just what i need",
        "oh joy", "love being", "love getting", "love waking", "love having to", "love waiting", "love spending", "love sitting",
        "love doing", "love working", "loving being", "because that always", "because that's always", "because that worked",
        "gotta love", "because that's exactly", "because thats exactly", "cool cool cool", "nice of you to finally",
        "thanks for finally", "don't you just love", "dont you just love", "you don't say", "how convenient", "big surprise", "shocker",
    ]);

    /// <summary>Formulas that lean sarcastic but are also said sincerely ("oh great" about good news).</summary>
    public static readonly PhraseSet Weak = new(
    [
        "oh great", "oh wonderful", "oh fantastic", "oh perfect", "oh good", "oh sure", "yeah sure", "thanks a lot", "love it when",
        "love how", "love when", "love that", "what a surprise", "how nice", "how lovely", "great job", "nice job", "just great",
        "just perfect", "because that's", "as if", "who doesn't love", "loving the", "so glad", "just love", "what a great",
        "what a lovely", "how fun", "always a pleasure", "exactly what", "so much fun", "nothing like", "can't wait", "cant wait",
        "best day ever", "my favorite", "my favourite", "great start", "perfect timing",
    ]);

    /// <summary>Phrases that say "this is good" without a praise word; they pair with a complaint like praise does.</summary>
    public static readonly PhraseSet PraiseLike = new(["can't wait", "cant wait", "nothing like", "so much fun", "best day ever", "love how", "love when", "love it when"]);

    /// <summary>A sincere mixed message: sympathy, relief, wishes, concession. Praise next to a complaint is then
    /// meant ("so glad the exam is over", "sorry you're sick, hope you feel better", "we lost but it was great").</summary>
    public static readonly PhraseSet Sincere = new(
    [
        "sorry", "hope", "hopefully", "but", "though", "although", "even", "despite", "anyway", "at least", "over", "done",
        "finished", "finally", "passed", "survived", "made it", "safe", "no more", "stopped", "fixed", "have a", "have an",
        "have fun", "good luck", "congrats", "congratulations", "proud", "deserved", "worth it", "feel better", "get well",
    ]);

    /// <summary>Hashtags that say the tweet is sarcastic.</summary>
    public static readonly string[] SarcasmTags = ["not", "sarcasm", "sarcastic", "irony", "ironic", "eyeroll"];

    /// <summary>True when one of the <paramref name="window"/> words after word <paramref name="at"/> names the reader
    /// ("love you guys", "glad you made it"): the praise is affection for people, not said of a complaint.</summary>
    public static bool AimedAtReader(ScannedMessage message, int at, int window)
    {
        for (var k = at + 1; k < Math.Min(at + 1 + window, message.Words.Count); k++)
        {
            if (message.FoldedOf(message.Words[k]) is "you" or "u" or "ya" or "your" or "ur" or "guys" or "y'all" or "yall" or "everyone" or "everybody")
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsThanks(ReadOnlySpan<char> word) => word is "thanks" or "thank" or "thx" or "ty";

    /// <summary>True when sentence punctuation (or, with <paramref name="clause"/>, also a comma, colon or semicolon)
    /// stands between word <paramref name="first"/> and word <paramref name="second"/>.</summary>
    public static bool Separated(ScannedMessage message, int first, int second, bool clause)
    {
        var (a, b) = first < second ? (first, second) : (second, first);
        var from = message.Words[a].Start + message.Words[a].Length;
        var gap = message.Text.AsSpan(from, message.Words[b].Start - from);
        return clause ? gap.IndexOfAny(".!?…,;:") >= 0 : gap.IndexOfAny(".!?…") >= 0;
    }

    /// <summary>A short phrase in quotes, as in 'my "quality time" in traffic'.</summary>
    public static bool HasScareQuotes(ReadOnlySpan<char> text)
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
