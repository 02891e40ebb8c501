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
    ContactCache contactCache,
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
    private readonly ConversationContextBuilder _contexts = new(messages, contacts, groups, toneHistory, options.Value, toneAnalyzer);

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
                // Only the owner's own words teach the style: a reply WhatStyle wrote is what was said, not how they write.
                if (message.Direction == MessageDirection.Outgoing && !message.WrittenByWhatStyle && !string.IsNullOrWhiteSpace(typed))
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
        // Cached contact profiles carry the learned style: only a one-to-one outgoing message changes one, and only that
        // contact's lookups are forgotten. An incoming message or a group's style changes no contact.
        foreach (var changed in await LearnStyleAsync(observations.Where(o => addedIds.Contains(o.Message.Id)), cancellationToken))
        {
            await contactCache.ForgetAsync(changed, cancellationToken);
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
            ct => new ValueTask<ConversationContext>(_contexts.BuildAsync(contactId, conversation, window, ct)),
            cachePolicy.Entry,
            [CachePolicy.ConversationTag(conversation)],
            cancellationToken);
        return ConversationContextBuilder.Latest(full, limit);
    }

    public Task<IReadOnlyList<ConversationMessage>> RecentBeforeAsync(string contactOrGroupId, int limit, DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contactOrGroupId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        // Not cached: it is asked only when a reply is written again, and the cached windows end with the newest message.
        return messages.RecentAsync(ConversationKeys.ForId(contactOrGroupId), limit, before, cancellationToken);
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

    /// <summary>Teaches each contact's or group's style from the owner's new messages; returns the contacts it changed.</summary>
    private async Task<List<Contact>> LearnStyleAsync(IEnumerable<(ConversationMessage Message, string Target, string Text, TimeSpan? Delay)> observations, CancellationToken cancellationToken)
    {
        var changed = new List<Contact>();
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
                if (await contacts.UpdateAsync(group.Key, r => r with { Style = Learn(r.Style) }, cancellationToken) is { } record)
                {
                    changed.Add(record.Contact);
                }
            }
        }

        return changed;
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
}
