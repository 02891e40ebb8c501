using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.ReplyLog;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Dashboard.Data;

/// <summary>
/// Analytics over the stored conversations (the newest <see cref="MessagesPerConversation"/> messages of each one-to-one
/// chat) and the reply log: which provider wrote each reply, whether the chain fell back, how many model calls failed,
/// and whose words were sent. Replies the owner typed are the outgoing messages that are neither WhatStyle's nor a sent draft.
/// </summary>
internal sealed class AnalyticsQuery(IContactDirectory contacts, IMessageRepository messages, IToneAnalyzer tone, IReplyLog replies)
{
    public const int MessagesPerConversation = 2_000;

    public async Task<AnalyticsReport> LoadAsync(CancellationToken cancellationToken)
    {
        var perDay = new SortedDictionary<DateOnly, (int Received, int Sent)>();
        var latencies = new Dictionary<string, List<TimeSpan>>(StringComparer.Ordinal) { ["you"] = [], ["WhatStyle"] = [] };
        var typed = 0;
        var toneMix = new List<ToneMixRow>();
        foreach (var profile in await contacts.ListAsync(cancellationToken: cancellationToken))
        {
            var history = await messages.RecentAsync(ConversationKeys.ForContact(profile.Contact.Id), MessagesPerConversation, cancellationToken: cancellationToken);
            if (history.Count == 0)
            {
                continue;
            }

            var emotions = new Dictionary<Emotion, int>();
            DateTimeOffset? waitingSince = null;
            foreach (var message in history)
            {
                var day = DateOnly.FromDateTime(message.Timestamp.UtcDateTime);
                var (received, sent) = perDay.GetValueOrDefault(day);
                if (message.Direction == MessageDirection.Incoming)
                {
                    perDay[day] = (received + 1, sent);
                    waitingSince ??= message.Timestamp;
                    var emotion = tone.Analyze(message.Text).Emotion.Label;
                    emotions[emotion] = emotions.GetValueOrDefault(emotion) + 1;
                }
                else
                {
                    perDay[day] = (received, sent + 1);
                    if (waitingSince is { } since)
                    {
                        latencies[message.WrittenByWhatStyle ? "WhatStyle" : "you"].Add(message.Timestamp - since);
                        // A sent draft is in the reply log, whoever's words it carried.
                        typed += message.WrittenByWhatStyle || message.Id.StartsWith(SentDraftPrefix, StringComparison.Ordinal) ? 0 : 1;
                        waitingSince = null;
                    }
                }
            }

            if (emotions.Count > 0)
            {
                toneMix.Add(new ToneMixRow(profile.Contact.DisplayName, emotions.Values.Sum(), emotions));
            }
        }

        var log = await replies.ListAsync(cancellationToken: cancellationToken);
        return new AnalyticsReport(
            [.. perDay.Select(p => new DayCount(p.Key, p.Value.Received, p.Value.Sent))],
            [.. latencies.Where(l => l.Value.Count > 0).Select(l => Latency(l.Key, l.Value))],
            Shares(typed, log),
            [.. toneMix.OrderByDescending(t => t.Messages)])
        {
            Providers = Providers(log),
        };
    }

    /// <summary>The id prefix of a sent draft in the conversation's history (the bridge's DraftDispatcher writes <c>draft:{id}</c>).</summary>
    internal const string SentDraftPrefix = "draft:";

    private static LatencyRow Latency(string who, List<TimeSpan> values)
    {
        values.Sort();
        return new LatencyRow(who, values.Count, values[(values.Count - 1) / 2], values[(int)Math.Ceiling(values.Count * 0.9) - 1]);
    }

    /// <summary>Who the sent replies were by: the owner typing, the owner's edit of a draft, each model, the offline responder.</summary>
    private static List<ShareRow> Shares(int typed, IReadOnlyList<ReplyRecord> log)
    {
        var counts = new List<(string Who, int Count)> { ("you (typed)", typed) };
        counts.AddRange(log
            .Where(r => r.SentBy is not null)
            .GroupBy(r => r.SentBy!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .Select(g => (Author(g.Key), g.Count())));
        var total = Math.Max(1, counts.Sum(c => c.Count));
        return [.. counts.Where(c => c.Count > 0).Select(c => new ShareRow(c.Who, c.Count, (double)c.Count / total))];
    }

    internal static string Author(string sentBy) => sentBy switch
    {
        ReplyRecord.Owner => "you (edited draft)",
        "offline" => "the offline responder",
        _ => sentBy,
    };

    /// <summary>Per provider that wrote replies (sent or not): how many, how many after a fallback, how many of its chain's calls failed.</summary>
    private static List<ProviderRow> Providers(IReadOnlyList<ReplyRecord> log)
    {
        var rows = log
            .GroupBy(r => r.Provider, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .Select(g => Row(g.Key == "offline" ? "the offline responder" : g.Key, [.. g]))
            .ToList();
        if (rows.Count > 1)
        {
            rows.Add(Row("all", log));
        }

        return rows;

        static ProviderRow Row(string name, IReadOnlyList<ReplyRecord> written)
        {
            var calls = written.Sum(r => r.Calls + r.FailedCalls);
            var fallbacks = written.Count(r => r.Fallback);
            var failed = written.Sum(r => r.FailedCalls);
            return new ProviderRow(name, written.Count, written.Count(r => r.SentBy is not null), fallbacks,
                written.Count == 0 ? 0 : (double)fallbacks / written.Count, calls, failed, calls == 0 ? 0 : (double)failed / calls);
        }
    }
}
