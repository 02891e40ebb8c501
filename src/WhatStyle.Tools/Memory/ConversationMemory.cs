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
    HashingEmbeddingGenerator lexical,
    StyleLearner learner,
    HybridCache cache,
    CachePolicy cachePolicy,
    IOptions<MemoryOptions> options,
    ExchangeIndex index,
    GlobalReplies globalReplies,
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

        // Messages and their exchanges are written in one transaction: one disk commit per batch. A live message's exchange
        // gets its meaning at once (a few ms); an import's get the lexical vector and wait for their meaning, which the
        // background embedding (EmbeddingBacklog) adds; a search compares them by wording meanwhile.
        var exchanges = await EmbedAsync(drafts, fresh.Count > _options.EmbedAtOnceLimit ? lexical : embedder, cancellationToken);
        var added = await messages.AddNewAsync(fresh, exchanges, cancellationToken);
        foreach (var conversation in exchanges.GroupBy(x => x.ConversationKey, StringComparer.Ordinal))
        {
            index.Add(conversation.Key, [.. conversation]);
            globalReplies.Add(conversation.Key, [.. conversation]);
        }

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

    public async Task PrepareAsync(CancellationToken cancellationToken = default)
    {
        if (_options.GlobalFallback)
        {
            await globalReplies.PrepareAsync(DeclaredLayout(), cancellationToken);
        }
    }

    /// <summary>
    /// The model and width the searches' queries will have, as the embedder declares them, so the pool's vectors can be
    /// laid out ahead of the first search; null when it does not declare both (the first search lays them out). Not from an
    /// embedding: that would load the local model at start, and it loads on first use.
    /// </summary>
    private VectorLayout? DeclaredLayout() =>
        embedder.GetService<EmbeddingGeneratorMetadata>() is { DefaultModelId: { } model, DefaultModelDimensions: int dimensions and > 0 }
            ? new VectorLayout(model, dimensions, Recency, _options.ExactSearchUpTo)
            : null;

    public async Task<IReadOnlyList<SimilarExchange>> FindSimilarExchangesAsync(string contactId, string text, int limit = 3, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contactId);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var conversation = ConversationKeys.ForId(contactId);
        var stored = await index.GetAsync(conversation, cancellationToken);
        var global = _options.GlobalFallback && ConversationKeys.TryContactId(conversation, out _);
        if (stored.Count == 0 && !global)
        {
            return [];
        }

        var query = (await embedder.GenerateAsync([text], cancellationToken: cancellationToken))[0];
        var own = stored.Count == 0 ? [] : Rank(conversation, stored, text, query, limit);

        // First within the contact; only when nothing there is a good match, the owner's own short replies to others
        // (reply only, nothing of whom they were written to), ahead of the contact's weaker matches.
        if (!global || own.Any(x => x.Similarity >= _options.GoodMatchSimilarity))
        {
            return own;
        }

        var others = await globalReplies.FindAsync(conversation, text, query.Vector, ModelOf(query), _options.GoodMatchSimilarity, limit, Recency, _options.ExactSearchUpTo, cancellationToken);
        return others.Count == 0 ? own : [.. others.Concat(own).Take(limit)];
    }

    /// <summary>The conversation's best <paramref name="limit"/> exchanges for the query, by meaning plus the recency bonus.</summary>
    private List<SimilarExchange> Rank(string conversation, IReadOnlyList<StoredExchange> stored, string text, Embedding<float> query, int limit)
    {
        var model = ModelOf(query);
        var dimensions = query.Vector.Length;
        var vectors = VectorsOf(conversation, stored, model, dimensions);

        // Exchanges still without a vector of meaning (imported history the background embedding has not reached yet) are
        // compared by wording: the lexical index, so a search never silently leaves them out.
        var waiting = vectors is null ? stored.Where(x => !x.HasVectorOf(model, dimensions)).ToList() : [.. vectors.Waiting.Select(i => stored[i])];
        var lexicalQuery = waiting.Count == 0 ? null : lexical.Embed(text);
        var lexicalModel = lexical.ModelId;
        double Score(StoredExchange x) => x.HasVectorOf(model, dimensions)
            ? VectorMath.Cosine(query.Vector.Span, x.Vector.Span)
            : VectorMath.Cosine(lexicalQuery, x.Model == lexicalModel && x.Vector.Length == lexicalQuery!.Length ? x.Vector.Span : lexical.Embed(x.Incoming));

        // A chat has thousands of exchanges, and up to ExactSearchUpTo every one is compared exactly. Beyond, the signed-byte
        // block picks a few times more candidates than asked (its cosine is the stored vector's own up to the query's
        // rounding, so the best are among them) and only those are compared exactly, with the ones still waiting.
        // Ranked by meaning with a small bonus for recent replies (how the owner answers now); the similarity reported is
        // the cosine alone.
        IEnumerable<StoredExchange> candidates = vectors is null
            ? stored
            : vectors.Candidates(query.Vector.Span, ExchangeVectors.CandidateCount(limit)).Select(i => stored[i]).Concat(waiting);
        var newest = vectors?.Newest ?? stored.Max(x => x.Timestamp);
        var best = new TopRanked<StoredExchange>(limit);
        foreach (var exchange in candidates)
        {
            var score = Score(exchange);
            if (score > 0)
            {
                best.Offer(exchange, score, Recency(newest - exchange.Timestamp), exchange.Timestamp);
            }
        }

        return [.. best.BestFirst().Select(b => new SimilarExchange(b.Item.Incoming, b.Item.Reply, b.Item.Timestamp, b.Similarity))];
    }

    /// <summary>The quantised block of a large conversation kept in process; null (an exact search) otherwise.</summary>
    private ExchangeVectors? VectorsOf(string conversation, IReadOnlyList<StoredExchange> stored, string model, int dimensions) =>
        stored.Count > _options.ExactSearchUpTo ? index.VectorsFor(conversation, stored, model, dimensions, Recency) : null;

    /// <summary>The ranking bonus of a reply written <paramref name="age"/> before the conversation's newest.</summary>
    private double Recency(TimeSpan age) =>
        _options.RecencyBonus * Math.Pow(2, -Math.Max(0, age.TotalDays) / _options.RecencyHalfLifeDays);

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

    private static async Task<List<StoredExchange>> EmbedAsync(List<(string Id, string Conversation, string Incoming, string Reply, DateTimeOffset Timestamp)> drafts, IEmbeddingGenerator<string, Embedding<float>> embedder, CancellationToken cancellationToken)
    {
        var stored = new List<StoredExchange>(drafts.Count);
        for (var start = 0; start < drafts.Count; start += EmbeddingBatch)
        {
            var chunk = drafts.Skip(start).Take(EmbeddingBatch).ToList();
            var vectors = await embedder.GenerateAsync(chunk.Select(x => x.Incoming), cancellationToken: cancellationToken);
            stored.AddRange(chunk.Select((x, i) => new StoredExchange(x.Id, x.Conversation, x.Incoming, x.Reply, x.Timestamp, vectors[i].Vector, ModelOf(embedder, vectors[i]))));
        }

        return stored;
    }

    private string ModelOf(Embedding<float> embedding) => ModelOf(embedder, embedding);

    private static string ModelOf(IEmbeddingGenerator<string, Embedding<float>> generator, Embedding<float> embedding) =>
        embedding.ModelId ?? generator.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelId ?? "unknown";
}
