using WhatStyle.Tools.Memory;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Mcp.Tests.Support;

/// <summary>In-memory conversation log; "similar" means the incoming message shares a word with the query.</summary>
internal sealed class FakeConversationMemory : IConversationMemory
{
    private readonly Lock _gate = new();
    private readonly List<ConversationMessage> _messages = [];

    public IReadOnlyList<ConversationMessage> Messages
    {
        get
        {
            lock (_gate)
            {
                return [.. _messages];
            }
        }
    }

    public Task RecordAsync(ConversationMessage message, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (!_messages.Any(m => m.Id == message.Id))
            {
                _messages.Add(message);
            }
        }

        return Task.CompletedTask;
    }

    public Task<ConversationContext> GetContextAsync(string contactId, int limit = 20, CancellationToken cancellationToken = default)
    {
        var mine = Messages.Where(m => m.ContactId == contactId).OrderBy(m => m.Timestamp).ToList();
        var recent = mine.Skip(Math.Max(0, mine.Count - limit)).ToList();
        var trend = mine.Count == 0 ? ToneTrend.None : new ToneTrend(mine.Count(m => m.Direction == MessageDirection.Incoming), 0.1, Emotion.Joy, "steady");
        return Task.FromResult(new ConversationContext(contactId, recent, $"{mine.Count} messages so far.", trend));
    }

    public Task<IReadOnlyList<ConversationMessage>> RecentBeforeAsync(string contactOrGroupId, int limit, DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        var earlier = Messages.Where(m => (m.GroupId ?? m.ContactId) == contactOrGroupId && m.Timestamp < before).OrderBy(m => m.Timestamp).ToList();
        IReadOnlyList<ConversationMessage> recent = [.. earlier.Skip(Math.Max(0, earlier.Count - limit))];
        return Task.FromResult(recent);
    }

    public Task<IReadOnlyList<SimilarExchange>> FindSimilarExchangesAsync(string contactId, string text, int limit = 3, CancellationToken cancellationToken = default)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var mine = Messages.Where(m => m.ContactId == contactId).OrderBy(m => m.Timestamp).ToList();
        var found = new List<SimilarExchange>();
        for (var i = 0; i + 1 < mine.Count; i++)
        {
            if (mine[i].Direction == MessageDirection.Incoming && mine[i + 1].Direction == MessageDirection.Outgoing
                && words.Any(w => mine[i].Text.Contains(w, StringComparison.OrdinalIgnoreCase)))
            {
                found.Add(new SimilarExchange(mine[i].Text, mine[i + 1].Text, mine[i + 1].Timestamp, 0.8));
            }
        }

        IReadOnlyList<SimilarExchange> result = [.. found.Take(limit)];
        return Task.FromResult(result);
    }
}
