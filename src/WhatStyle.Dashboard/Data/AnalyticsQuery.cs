using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Drafts;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Dashboard.Data;

/// <summary>
/// Analytics over the stored conversations: the newest <see cref="MessagesPerConversation"/> messages of each one-to-one
/// chat, and every draft. Sent messages say only whether the owner or WhatStyle wrote them; which provider wrote a reply
/// is known for drafts (their provider is stored), so the provider share is the drafts'.
/// </summary>
internal sealed class AnalyticsQuery(IContactDirectory contacts, IMessageRepository messages, IToneAnalyzer tone, IDraftStore drafts)
{
    public const int MessagesPerConversation = 2_000;

    public async Task<AnalyticsReport> LoadAsync(CancellationToken cancellationToken)
    {
        var perDay = new SortedDictionary<DateOnly, (int Received, int Sent)>();
        var latencies = new Dictionary<string, List<TimeSpan>>(StringComparer.Ordinal) { ["you"] = [], ["WhatStyle"] = [] };
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
                        waitingSince = null;
                    }
                }
            }

            if (emotions.Count > 0)
            {
                toneMix.Add(new ToneMixRow(profile.Contact.DisplayName, emotions.Values.Sum(), emotions));
            }
        }

        return new AnalyticsReport(
            [.. perDay.Select(p => new DayCount(p.Key, p.Value.Received, p.Value.Sent))],
            [.. latencies.Where(l => l.Value.Count > 0).Select(l => Latency(l.Key, l.Value))],
            Shares(latencies, await drafts.ListAsync(cancellationToken: cancellationToken)),
            [.. toneMix.OrderByDescending(t => t.Messages)]);
    }

    private static LatencyRow Latency(string who, List<TimeSpan> values)
    {
        values.Sort();
        return new LatencyRow(who, values.Count, values[(values.Count - 1) / 2], values[(int)Math.Ceiling(values.Count * 0.9) - 1]);
    }

    private static List<ShareRow> Shares(Dictionary<string, List<TimeSpan>> replies, IReadOnlyList<Draft> allDrafts)
    {
        var counts = new List<(string Who, int Count)>
        {
            ("you (typed)", replies["you"].Count),
            ("WhatStyle (sent automatically)", replies["WhatStyle"].Count),
        };
        counts.AddRange(allDrafts
            .GroupBy(d => d.Provider ?? d.Source)
            .OrderByDescending(g => g.Count())
            .Select(g => (g.Key == "offline" ? "drafts by the offline responder" : $"drafts by {g.Key}", g.Count())));
        var total = Math.Max(1, counts.Sum(c => c.Count));
        return [.. counts.Where(c => c.Count > 0).Select(c => new ShareRow(c.Who, c.Count, (double)c.Count / total))];
    }
}
