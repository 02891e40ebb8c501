using WhatStyle.Tools.Memory;
using WhatStyle.Tools.Voice;

namespace WhatStyle.Agent.Offline;

/// <summary>
/// The owner's own short past reply to a message like this one (what Smart Reply does, per contact): only a reply to a
/// message of the same kind, short enough to be a stock answer, and carrying no fact of another day (a weekday, a time,
/// a number, a name or a place the new message does not mention). Among those, the most similar, recent ones first.
/// </summary>
internal static class OwnWords
{
    /// <summary>Longer replies are about their own day, not stock answers.</summary>
    public const int MaxReplyLength = 80;

    /// <summary>Over how many days a reply's recency bonus halves.</summary>
    private const double RecencyHalfLifeDays = 90;

    /// <summary>At most this much is added to the similarity for a reply written just now.</summary>
    private const double RecencyBonus = 0.05;

    /// <summary>
    /// How much more a reply's typicality weighs than its similarity. Every fitting reply already answers the same kind of
    /// message; among them, which one the owner happened to send to the nearest message is one draw of their habits, while
    /// their usual answer is the one most like all the others (measured with <c>eval voice</c>: 1 left the father persona's
    /// gain at 20%, 4 gave 25%, 10 no more than 4).
    /// </summary>
    private const double TypicalityWeight = 4;

    public static SimilarExchange? Pick(string text, OfflineIntent intent, IReadOnlyList<SimilarExchange> candidates, double threshold, EarlierReading earlier)
    {
        if (candidates.Count == 0)
        {
            return null;
        }

        var newest = candidates.Max(c => c.Timestamp);
        // Read alike, the new message's intent is the one to match; read by keywords, the new one is read the same way too.
        var keyword = earlier.SameReading ? intent : earlier.IntentOf(text);
        var fitting = candidates.Where(c => c.Similarity >= threshold && Fits(c, text, intent, keyword, earlier.IntentOf)).ToList();
        return fitting.MaxBy(c => c.Similarity
            + (RecencyBonus * Math.Pow(2, -(newest - c.Timestamp).TotalDays / RecencyHalfLifeDays))
            - (TypicalityWeight * Atypicality(c, fitting)));
    }

    /// <summary>
    /// How unlike the owner's other fitting replies this one is written (mean style distance to them): of several ways
    /// the owner answered this kind of message, the most typical is the safest to say again (a one-off "Good night,
    /// sleep well." among three "night"s is not their usual answer). Zero with fewer than three to compare.
    /// </summary>
    private static double Atypicality(SimilarExchange candidate, List<SimilarExchange> fitting) =>
        fitting.Count < 3 ? 0 : fitting.Where(o => !ReferenceEquals(o, candidate)).Average(o => StyleDistance.Between(candidate.Reply, o.Reply).Total);

    /// <summary>True when the reply can be sent again today: short, same kind of message, no stale fact.</summary>
    public static bool Fits(SimilarExchange candidate, string text, OfflineIntent intent, OfflineIntent keywordIntent, Func<string, OfflineIntent> intentOf)
    {
        var reply = candidate.Reply.Trim();
        if (reply.Length == 0 || reply.Length > MaxReplyLength || StaleFacts.HasAny(reply, text))
        {
            return false;
        }

        // A reply the owner wrote to someone else comes without that person's message (it is theirs): memory offers it only
        // when that message was a close match (Memory:GoodMatchSimilarity), which stands for the same kind of message here.
        if (candidate.Global)
        {
            return true;
        }

        // The same kind of message by the same reading (the tone analyser's for both, or keywords alone for both); read
        // by keywords, a message whose own reading says more (a request, grief) needs the old one to say the same.
        var old = intentOf(candidate.Incoming);
        return old == keywordIntent && (keywordIntent != OfflineIntent.Default || intent == OfflineIntent.Default || old == intent);
    }
}
