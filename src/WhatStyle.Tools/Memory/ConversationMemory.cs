using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Contacts.Groups;
using WhatStyle.Tools.Contacts.Style;
using WhatStyle.Tools.Embeddings;
using WhatStyle.Tools.Storage;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Tools.Memory;

/// <summary>
/// Records messages (idempotently), learns the owner's style from each new outgoing message, pairs incoming
/// messages with the owner's replies for retrieval, and serves cached conversation context.
/// </summary>
internal sealed class ConversationMemory(
    IMessageRepository messages,
    IContactRepository contacts,
    IGroupRepository groups,
    IToneHistory toneHistory,
    IEmbeddingGenerator<string, Embedding<float>> embedder,
    StyleLearner learner,
    HybridCache cache,
    CachePolicy cachePolicy,
    IOptions<MemoryOptions> options,
    IToneAnalyzer? toneAnalyzer = null) : IConversationMemory
{
    private const int EmbeddingBatch = 256;
    private readonly MemoryOptions _options = options.Value;

    public async Task RecordAsync(ConversationMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        await RecordManyAsync([message], cancellationToken);
    }

    public async Task<int> RecordManyAsync(IReadOnlyList<ConversationMessage> batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        foreach (var message in batch)
        {
            ArgumentNullException.ThrowIfNull(message);
            ArgumentException.ThrowIfNullOrWhiteSpace(message.Id);
            ArgumentException.ThrowIfNullOrWhiteSpace(message.ContactId);
            ArgumentNullException.ThrowIfNull(message.Text);
        }

        // Only messages this call actually stores teach the style learner, so recording twice changes nothing.
        var sorted = batch.OrderBy(m => m.Timestamp).ToList();
        var existing = await messages.FindExistingAsync(sorted, cancellationToken);
        var fresh = sorted.Where(m => !existing.Contains(m.Id)).DistinctBy(m => m.Id, StringComparer.Ordinal).ToList();
        if (fresh.Count == 0)
        {
            return 0;
        }

        var drafts = new List<(string Id, string Conversation, string Incoming, string Reply, DateTimeOffset Timestamp)>();
        var observations = new List<(ConversationMessage Message, string Target, string Text, TimeSpan? Delay)>();
        foreach (var conversation in fresh.GroupBy(ConversationKeys.For, StringComparer.Ordinal))
        {
            var builder = new ExchangeBuilder(TimeSpan.FromHours(_options.ReplyWindowHours));
            builder.Replay(await messages.RecentAsync(conversation.Key, 3, conversation.First().Timestamp, cancellationToken));
            foreach (var message in conversation)
            {
                var delay = builder.Add(message);
                var typed = MessagePlaceholders.TypedText(message.Text);
                if (message.Direction == MessageDirection.Outgoing && !string.IsNullOrWhiteSpace(typed))
                {
                    observations.Add((message, message.GroupId is { Length: > 0 } groupId ? groupId : message.ContactId, typed, delay));
                }
            }

            drafts.AddRange(builder.Exchanges.Select(x => (x.Id, conversation.Key, x.Incoming, x.Reply, x.Timestamp)));
        }

        // Messages and their exchanges are written in one transaction: one disk commit per batch.
        var exchanges = await EmbedAsync(drafts, cancellationToken);
        var added = await messages.AddNewAsync(fresh, exchanges, cancellationToken);
        var addedIds = added.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var contactChanged = await LearnStyleAsync(observations.Where(o => addedIds.Contains(o.Message.Id)), cancellationToken);

        // Cached contact profiles carry the learned style: only a one-to-one outgoing message changes one. An incoming
        // message or a group's style changes no contact, so the address book's cache stays warm.
        if (contactChanged)
        {
            await cache.RemoveByTagAsync(CachePolicy.ContactsTag, cancellationToken);
        }

        // A member's group message also moves their own tone trend (see WithTheirGroupMessagesAsync).
        var senders = added.Where(m => m.GroupId is { Length: > 0 } && m.Direction == MessageDirection.Incoming).Select(m => ConversationKeys.ForContact(m.ContactId));
        foreach (var key in added.Select(ConversationKeys.For).Concat(senders).Distinct(StringComparer.Ordinal))
        {
            await cache.RemoveByTagAsync(CachePolicy.ConversationTag(key), cancellationToken);
        }

        return added.Count;
    }

    public async Task<ConversationContext> GetContextAsync(string contactId, int limit = 20, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contactId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var conversation = ConversationKeys.ForId(contactId);
        // The summary and the trend read the whole window whatever the limit, so one build per window serves every
        // limit up to it: a reply's analyze_tone (5 messages) and get_conversation_context (8) share one build.
        var window = Math.Max(limit, _options.SummaryWindow);
        var full = await cache.GetOrCreateAsync(
            $"context:{conversation}:{window}",
            ct => new ValueTask<ConversationContext>(BuildContextAsync(contactId, conversation, window, ct)),
            cachePolicy.Entry,
            [CachePolicy.ConversationTag(conversation)],
            cancellationToken);
        return Latest(full, limit);
    }

    public async Task<IReadOnlyList<SimilarExchange>> FindSimilarExchangesAsync(string contactId, string text, int limit = 3, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contactId);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var conversation = ConversationKeys.ForId(contactId);
        var stored = await messages.ExchangesAsync(conversation, cancellationToken);
        if (stored.Count == 0 || string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var query = (await embedder.GenerateAsync([text], cancellationToken: cancellationToken))[0];
        var model = ModelOf(query);
        stored = await RefreshStaleVectorsAsync(stored, model, query.Vector.Length, cancellationToken);

        // Exact search: every exchange of this contact is compared; a chat has thousands, not millions.
        return [.. stored
            .Select(x => (Exchange: x, Score: VectorMath.Cosine(query.Vector.Span, x.Vector.Span)))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score)
            .ThenByDescending(x => x.Exchange.Timestamp)
            .Take(limit)
            .Select(x => new SimilarExchange(x.Exchange.Incoming, x.Exchange.Reply, x.Exchange.Timestamp, Math.Round(Math.Clamp(x.Score, 0, 1), 4)))];
    }

    /// <summary>Exact, case- and accent-insensitive text search in one conversation, newest first.</summary>
    public Task<IReadOnlyList<ConversationMessage>> SearchAsync(string contactId, string text, int limit = 20, CancellationToken cancellationToken = default) =>
        messages.SearchAsync(ConversationKeys.ForId(contactId), text, limit, cancellationToken);

    /// <summary>Teaches each contact's or group's style from the owner's new messages; true when a contact's record changed.</summary>
    private async Task<bool> LearnStyleAsync(IEnumerable<(ConversationMessage Message, string Target, string Text, TimeSpan? Delay)> observations, CancellationToken cancellationToken)
    {
        var contactChanged = false;
        foreach (var group in observations.GroupBy(o => o.Target, StringComparer.Ordinal))
        {
            var items = group.ToList();
            StyleAccumulator Learn(StyleAccumulator current)
            {
                var next = current.Clone();
                foreach (var (message, _, text, delay) in items)
                {
                    learner.Observe(next, text, message.Timestamp, delay);
                }

                return next;
            }

            if (group.Key.StartsWith(ConversationKeys.GroupIdPrefix, StringComparison.Ordinal))
            {
                await groups.UpdateAsync(group.Key, r => r with { Style = Learn(r.Style) }, cancellationToken);
            }
            else
            {
                contactChanged |= await contacts.UpdateAsync(group.Key, r => r with { Style = Learn(r.Style) }, cancellationToken) is not null;
            }
        }

        return contactChanged;
    }

    private async Task<List<StoredExchange>> EmbedAsync(List<(string Id, string Conversation, string Incoming, string Reply, DateTimeOffset Timestamp)> drafts, CancellationToken cancellationToken)
    {
        var stored = new List<StoredExchange>(drafts.Count);
        for (var start = 0; start < drafts.Count; start += EmbeddingBatch)
        {
            var chunk = drafts.Skip(start).Take(EmbeddingBatch).ToList();
            var vectors = await embedder.GenerateAsync(chunk.Select(x => x.Incoming), cancellationToken: cancellationToken);
            stored.AddRange(chunk.Select((x, i) => new StoredExchange(x.Id, x.Conversation, x.Incoming, x.Reply, x.Timestamp, vectors[i].Vector, ModelOf(vectors[i]))));
        }

        return stored;
    }

    private async Task<IReadOnlyList<StoredExchange>> RefreshStaleVectorsAsync(IReadOnlyList<StoredExchange> stored, string model, int dimensions, CancellationToken cancellationToken)
    {
        var stale = stored.Where(x => x.Model != model || x.Vector.Length != dimensions).ToList();
        if (stale.Count == 0)
        {
            return stored;
        }

        // The embedding model changed since these were stored: re-embed them once and keep the new vectors.
        var vectors = await embedder.GenerateAsync(stale.Select(x => x.Incoming), cancellationToken: cancellationToken);
        var refreshed = stale.Select((x, i) => x with { Vector = vectors[i].Vector, Model = model }).ToList();
        await messages.SaveExchangesAsync(refreshed, cancellationToken);
        var byId = refreshed.ToDictionary(x => x.Id, StringComparer.Ordinal);
        return [.. stored.Select(x => byId.GetValueOrDefault(x.Id, x))];
    }

    private string ModelOf(Embedding<float> embedding) =>
        embedding.ModelId ?? embedder.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelId ?? "unknown";

    /// <summary>The whole window's context: every message of the window is in <see cref="ConversationContext.Recent"/>.</summary>
    private async Task<ConversationContext> BuildContextAsync(string contactId, string conversation, int window, CancellationToken cancellationToken)
    {
        var messagesInWindow = await messages.RecentAsync(conversation, window, cancellationToken: cancellationToken);
        var total = await messages.CountAsync(conversation, cancellationToken);
        var name = await NameOfAsync(contactId, cancellationToken);
        var summaryWindow = messagesInWindow.Skip(Math.Max(0, messagesInWindow.Count - _options.SummaryWindow)).ToList();
        var trend = await ToneTrendAsync(IsGroup(contactId) ? messagesInWindow : await WithTheirGroupMessagesAsync(contactId, messagesInWindow, cancellationToken), cancellationToken);
        var senders = IsGroup(contactId) ? await SenderNamesAsync(messagesInWindow, cancellationToken) : null;
        return new ConversationContext(contactId, messagesInWindow, RollingSummary.Build(name, summaryWindow, total), trend, senders);
    }

    /// <summary>A window's context cut to its newest <paramref name="limit"/> messages, naming only the senders still in it.</summary>
    private static ConversationContext Latest(ConversationContext full, int limit)
    {
        if (full.Recent.Count <= limit)
        {
            return full;
        }

        var recent = full.Recent.Skip(full.Recent.Count - limit).ToList();
        var senders = full.Senders is null ? null : recent
            .Where(m => m.Direction == MessageDirection.Incoming && full.Senders.ContainsKey(m.ContactId))
            .Select(m => m.ContactId)
            .Distinct(StringComparer.Ordinal)
            .ToDictionary(id => id, id => full.Senders[id], StringComparer.Ordinal);
        return full with { Recent = recent, Senders = senders };
    }

    /// <summary>
    /// A person's mood shows in every chat they write in: their own messages in the groups they belong to count toward
    /// their tone trend, although those messages stay in the groups' histories, not in the one-to-one chat.
    /// </summary>
    private async Task<IReadOnlyList<ConversationMessage>> WithTheirGroupMessagesAsync(string contactId, IReadOnlyList<ConversationMessage> window, CancellationToken cancellationToken)
    {
        var theirs = new List<ConversationMessage>(window);
        // Only the groups they belong to, found through the member index: a one-to-one context never scans every group.
        foreach (var group in await groups.ListByMemberAsync(contactId, cancellationToken))
        {
            var recent = await messages.RecentAsync(ConversationKeys.ForGroup(group.Group.Id), _options.SummaryWindow, cancellationToken: cancellationToken);
            theirs.AddRange(recent.Where(m => m.Direction == MessageDirection.Incoming && m.ContactId == contactId));
        }

        return theirs.Count == window.Count ? window : [.. theirs.OrderBy(m => m.Timestamp)];
    }

    private static bool IsGroup(string contactOrGroupId) => contactOrGroupId.StartsWith(ConversationKeys.GroupIdPrefix, StringComparison.Ordinal);

    /// <summary>Who wrote each incoming message of a group window (the owner's own messages are filed under the group id).</summary>
    private async Task<Dictionary<string, string>> SenderNamesAsync(IReadOnlyList<ConversationMessage> recent, CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var senderId in recent.Where(m => m.Direction == MessageDirection.Incoming).Select(m => m.ContactId).Distinct(StringComparer.Ordinal))
        {
            names[senderId] = (await contacts.GetAsync(senderId, cancellationToken))?.Contact.DisplayName ?? senderId;
        }

        return names;
    }

    private async Task<string> NameOfAsync(string contactOrGroupId, CancellationToken cancellationToken)
    {
        if (IsGroup(contactOrGroupId))
        {
            return (await groups.GetAsync(contactOrGroupId, cancellationToken))?.Group.Name ?? "the group";
        }

        return (await contacts.GetAsync(contactOrGroupId, cancellationToken))?.Contact.DisplayName ?? "them";
    }

    private async Task<ToneTrend> ToneTrendAsync(IReadOnlyList<ConversationMessage> window, CancellationToken cancellationToken)
    {
        var incoming = window
            .Where(m => m.Direction == MessageDirection.Incoming && !MessagePlaceholders.IsPlaceholder(m.Text) && !string.IsNullOrWhiteSpace(m.Text))
            .TakeLast(_options.ToneTrendMessages)
            .ToList();
        if (incoming.Count == 0)
        {
            return ToneTrend.None;
        }

        // Readings are made lazily and kept: an import of 100,000 messages does not wait for the analyser.
        var known = await toneHistory.GetAsync([.. incoming.Select(m => m.Id)], cancellationToken);
        var missing = incoming.Where(m => !known.ContainsKey(m.Id)).ToList();
        var readings = known.ToDictionary(StringComparer.Ordinal);
        if (missing.Count > 0 && toneAnalyzer is not null)
        {
            var analyses = toneAnalyzer.AnalyzeBatch([.. missing.Select(m => m.Text)]);
            var fresh = missing.Select((m, i) => ToneTrendCalculator.FromAnalysis(m.Id, analyses[i])).ToList();
            await toneHistory.SaveAsync(fresh, cancellationToken);
            foreach (var reading in fresh)
            {
                readings[reading.MessageId] = reading;
            }
        }

        return ToneTrendCalculator.Compute([.. incoming.Where(m => readings.ContainsKey(m.Id)).Select(m => readings[m.Id])]);
    }
}
