using Microsoft.Extensions.Options;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Embeddings;
using WhatStyle.Tools.Storage;
using WhatStyle.Tools.Voice;

namespace WhatStyle.Tools.Memory;

/// <summary>
/// The owner's own short replies in every one-to-one chat that could be said to anyone: the global fallback of
/// retrieval. Incoming text is untrusted and a contact's matters are theirs, so a reply is kept only when it carries no
/// fact of its day or person (<see cref="StaleFacts"/>: no date, weekday, number, capitalised name or place), no word of
/// any contact's name, alias or nickname, and no link; group chats are left out. What is offered is the reply alone:
/// the other contact's message is used only to compare meaning, and never leaves this class.
/// </summary>
/// <remarks>
/// Built by reading every chat's exchanges, so it is kept for <c>Storage:CacheSeconds</c> but at least
/// <see cref="MinLifetime"/> (none when the cache is off), then read again in the background while the old one answers;
/// this process's own new replies are taken in at once.
/// </remarks>
internal sealed class GlobalReplies(
    IMessageRepository messages,
    IContactRepository contacts,
    HashingEmbeddingGenerator lexical,
    IOptions<StorageOptions> storage,
    TimeProvider time)
{
    /// <summary>Longer replies are about their own conversation, not stock answers that fit anyone.</summary>
    public const int MaxReplyLength = 60;

    private static readonly TimeSpan MinLifetime = TimeSpan.FromMinutes(5);
    private static readonly string[] Links = ["://", "www.", ".com", "@"];

    private readonly SemaphoreSlim _building = new(1, 1);
    private Pool? _pool;

    /// <summary>
    /// The best <paramref name="limit"/> replies, outside <paramref name="excludedConversation"/>, whose message is at least
    /// <paramref name="minSimilarity"/> similar to the query (by meaning; by wording for one still waiting for its meaning),
    /// ranked with <paramref name="recency"/> added, counted from the newest reply in the pool.
    /// </summary>
    public async Task<IReadOnlyList<SimilarExchange>> FindAsync(
        string excludedConversation,
        string text,
        ReadOnlyMemory<float> query,
        string model,
        double minSimilarity,
        int limit,
        Func<TimeSpan, double> recency,
        CancellationToken cancellationToken)
    {
        var pool = await PoolAsync(cancellationToken);
        var entries = pool.Snapshot();
        if (entries.Count == 0)
        {
            return [];
        }

        float[]? lexicalQuery = null;
        var newest = pool.Newest;
        var best = new TopRanked<Entry>(limit);
        foreach (var entry in entries)
        {
            if (entry.ConversationKey == excludedConversation)
            {
                continue;
            }

            var score = entry.Model == model && entry.Vector.Length == query.Length
                ? VectorMath.Cosine(query.Span, entry.Vector.Span)
                : VectorMath.Cosine(lexicalQuery ??= lexical.Embed(text), entry.Lexical ??= lexical.Embed(entry.Incoming));
            if (score >= minSimilarity)
            {
                best.Offer(entry, score, recency(newest - entry.Timestamp), entry.Timestamp);
            }
        }

        // No incoming text and no contact: only the owner's own words go out.
        return [.. best.BestFirst().Select(b => new SimilarExchange("", b.Item.Reply, b.Item.Timestamp, b.Similarity, Global: true))];
    }

    /// <summary>This process stored new exchanges of a chat: a built pool takes in those that may be offered to anyone.</summary>
    public void Add(string conversationKey, IReadOnlyList<StoredExchange> added)
    {
        if (_pool is { } pool && ConversationKeys.TryContactId(conversationKey, out _))
        {
            // An exchange stored again (a follow-up joined to its reply) replaces the one kept, or leaves if no longer offerable.
            pool.Add(added.Where(x => Offerable(x.Reply, pool.Names)).Select(Entry.From), [.. added.Select(x => x.Id)]);
        }
    }

    /// <summary>True when a reply may be offered to another contact: short, and nothing in it about a day or a person.</summary>
    internal static bool Offerable(string reply, IReadOnlySet<string> nameWords)
    {
        var trimmed = reply.Trim();
        return trimmed.Length > 0
            && trimmed.Length <= MaxReplyLength
            && !MessagePlaceholders.IsPlaceholder(trimmed)
            && !Links.Any(l => trimmed.Contains(l, StringComparison.OrdinalIgnoreCase))
            && !StaleFacts.HasAny(trimmed)
            && !Words(trimmed).Any(nameWords.Contains);
    }

    /// <summary>Every word of every contact's name, aliases and nickname, folded (case, accents): none may be offered to another.</summary>
    internal static HashSet<string> NameWords(IEnumerable<ContactRecord> records)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            var names = record.Contact.Aliases.Append(record.Contact.DisplayName).Append(record.Settings.Nickname ?? "");
            words.UnionWith(names.SelectMany(Words).Where(w => w.Length >= 2));
        }

        return words;
    }

    private static IEnumerable<string> Words(string text) =>
        ContactIdentity.Fold(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string([.. w.Where(char.IsLetterOrDigit)]))
            .Where(w => w.Length > 0);

    private async Task<Pool> PoolAsync(CancellationToken cancellationToken)
    {
        var cacheSeconds = storage.Value.CacheSeconds;
        var lifetime = cacheSeconds <= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(Math.Max(cacheSeconds, MinLifetime.TotalSeconds));
        if (_pool is { } kept && lifetime > TimeSpan.Zero)
        {
            // An old pool still answers while a new one is read in the background: a reply never waits for every chat to
            // be read again, only the first search of the process does.
            if (time.GetUtcNow() - kept.BuiltAt >= lifetime && _building.Wait(0))
            {
                _ = Task.Run(async () =>
                {
                    try
                    {
                        _pool = await BuildAsync(CancellationToken.None);
                    }
#pragma warning disable CA1031 // A failed refresh keeps the old pool; the next search tries again.
                    catch (Exception)
#pragma warning restore CA1031
                    {
                        // The old pool stays; a later search starts another refresh.
                    }
                    finally
                    {
                        _building.Release();
                    }
                }, CancellationToken.None);
            }

            return kept;
        }

        await _building.WaitAsync(cancellationToken);
        try
        {
            if (_pool is { } built && lifetime > TimeSpan.Zero)
            {
                return built;
            }

            var pool = await BuildAsync(cancellationToken);
            _pool = lifetime > TimeSpan.Zero ? pool : null;
            return pool;
        }
        finally
        {
            _building.Release();
        }
    }

    private async Task<Pool> BuildAsync(CancellationToken cancellationToken)
    {
        var names = NameWords(await contacts.ListAsync(cancellationToken));
        var pool = new Pool(names, time.GetUtcNow());
        // Any model: the counts are asked only for the list of chats.
        foreach (var conversation in await messages.CountEmbeddedAsync("", cancellationToken))
        {
            if (ConversationKeys.TryContactId(conversation.ConversationKey, out _))
            {
                var exchanges = await messages.ExchangesAsync(conversation.ConversationKey, cancellationToken);
                pool.Add(exchanges.Where(x => Offerable(x.Reply, names)).Select(Entry.From), []);
            }
        }

        return pool;
    }

    private sealed class Entry
    {
        public required string Id { get; init; }
        public required string ConversationKey { get; init; }
        public required string Incoming { get; init; }
        public required string Reply { get; init; }
        public required DateTimeOffset Timestamp { get; init; }
        public required ReadOnlyMemory<float> Vector { get; init; }
        public required string Model { get; init; }

        /// <summary>The incoming text's lexical vector, made when first needed (a reply still waiting for its meaning).</summary>
        public float[]? Lexical { get; set; }

        public static Entry From(StoredExchange x) => new()
        {
            Id = x.Id,
            ConversationKey = x.ConversationKey,
            Incoming = x.Incoming,
            Reply = x.Reply.Trim(),
            Timestamp = x.Timestamp,
            Vector = x.Vector,
            Model = x.Model,
        };
    }

    private sealed class Pool(IReadOnlySet<string> names, DateTimeOffset builtAt)
    {
        private readonly Lock _gate = new();
        private List<Entry> _entries = [];

        public IReadOnlySet<string> Names { get; } = names;

        public DateTimeOffset BuiltAt { get; } = builtAt;

        public DateTimeOffset Newest { get; private set; } = DateTimeOffset.MinValue;

        /// <summary>The entries as they are now: a search walks a list no writer changes under it.</summary>
        public IReadOnlyList<Entry> Snapshot() => _entries;

        public void Add(IEnumerable<Entry> added, IReadOnlyCollection<string> replaced)
        {
            lock (_gate)
            {
                var gone = replaced.ToHashSet(StringComparer.Ordinal);
                var next = gone.Count == 0 ? new List<Entry>(_entries) : _entries.Where(e => !gone.Contains(e.Id)).ToList();
                foreach (var entry in added)
                {
                    next.Add(entry);
                    Newest = entry.Timestamp > Newest ? entry.Timestamp : Newest;
                }

                _entries = next;
            }
        }
    }
}
