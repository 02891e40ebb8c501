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

    // How searches lay out the pool's vectors (the embedder's model and width, the bonus, the exact limit): known from
    // the start (PrepareAsync) or the last search, so a pool read in the background is laid out before it answers.
    private VectorLayout? _layout;

    /// <summary>
    /// The best <paramref name="limit"/> replies, outside <paramref name="excludedConversation"/>, whose message is at least
    /// <paramref name="minSimilarity"/> similar to the query (by meaning; by wording for one still waiting for its meaning),
    /// ranked with <paramref name="recency"/> added, counted from the newest reply in the pool.
    /// </summary>
    /// <param name="exactUpTo">Up to this many replies in the pool, each is compared exactly; beyond, a quantised scan picks candidates first (as within a chat).</param>
    public async Task<IReadOnlyList<SimilarExchange>> FindAsync(
        string excludedConversation,
        string text,
        ReadOnlyMemory<float> query,
        string model,
        double minSimilarity,
        int limit,
        Func<TimeSpan, double> recency,
        int exactUpTo,
        CancellationToken cancellationToken)
    {
        var layout = _layout = new VectorLayout(model, query.Length, recency, exactUpTo);
        var pool = await PoolAsync(cancellationToken);
        var (entries, candidates, newest) = pool.Candidates(excludedConversation, query.Span, layout, limit);
        if (entries.Count == 0)
        {
            return [];
        }

        float[]? lexicalQuery = null;
        var best = new TopRanked<Entry>(limit);
        foreach (var index in candidates)
        {
            var entry = entries[index];
            if (entry.Replaced || entry.ConversationKey == excludedConversation)
            {
                continue;
            }

            var score = entry.Exchange.HasVectorOf(model, query.Length)
                ? VectorMath.Cosine(query.Span, entry.Exchange.Vector.Span)
                : VectorMath.Cosine(lexicalQuery ??= lexical.Embed(text), entry.Lexical ??= lexical.Embed(entry.Incoming));
            if (score >= minSimilarity)
            {
                best.Offer(entry, score, recency(newest - entry.Timestamp), entry.Timestamp);
            }
        }

        // No incoming text and no contact: only the owner's own words go out.
        return [.. best.BestFirst().Select(b => new SimilarExchange("", b.Item.Reply, b.Item.Timestamp, b.Similarity, Global: true))];
    }

    /// <summary>
    /// Reads the pool now (at a host's start), so no reply waits for it; later reads happen in the background. With the
    /// searches' <paramref name="layout"/>, its vectors are laid out now too: the first search would otherwise do it while
    /// holding the pool, and every search behind it would wait.
    /// </summary>
    public async Task PrepareAsync(VectorLayout? layout, CancellationToken cancellationToken)
    {
        // Read with the layout known, the pool is laid out before it is kept (BuildAsync).
        _layout = layout ?? _layout;
        await PoolAsync(cancellationToken);
    }

    /// <summary>How many of the pool's replies have their vectors laid out (0 before the pool is read): for tests.</summary>
    internal int LaidOut => _pool?.LaidOut ?? 0;

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
        // One read of the short replies (twice the length offered, so one with spaces around it still reaches the trimmed
        // check), then only one-to-one chats.
        var exchanges = await messages.ShortRepliesAsync(MaxReplyLength * 2, cancellationToken);
        pool.Add(exchanges.Where(x => ConversationKeys.TryContactId(x.ConversationKey, out _) && Offerable(x.Reply, names)).Select(Entry.From), []);
        if (_layout is { } layout)
        {
            // Before any search sees the pool, so none waits for it.
            pool.LayOut(layout);
        }

        return pool;
    }

    private sealed class Entry
    {
        public required StoredExchange Exchange { get; init; }

        public string Id => Exchange.Id;

        public string ConversationKey => Exchange.ConversationKey;

        public string Incoming => Exchange.Incoming;

        public DateTimeOffset Timestamp => Exchange.Timestamp;

        /// <summary>The reply as offered (trimmed).</summary>
        public required string Reply { get; init; }

        /// <summary>The exchange was stored again since (a follow-up joined to it): the newer entry answers for it.</summary>
        public volatile bool Replaced;

        /// <summary>The incoming text's lexical vector, made when first needed (a reply still waiting for its meaning).</summary>
        public float[]? Lexical { get; set; }

        public static Entry From(StoredExchange x) => new() { Exchange = x, Reply = x.Reply.Trim() };
    }

    /// <summary>
    /// The pool's entries, only ever appended to (a replaced entry is marked, not removed), so the quantised vectors laid
    /// out for them are extended by what was added, never laid out again, and a search's indices stay valid.
    /// </summary>
    private sealed class Pool(IReadOnlySet<string> names, DateTimeOffset builtAt)
    {
        private readonly Lock _gate = new();
        private readonly Dictionary<string, Entry> _byId = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _perConversation = new(StringComparer.Ordinal);
        private List<Entry> _entries = [];
        private int _replaced;
        private ExchangeVectors? _vectors;

        public IReadOnlySet<string> Names { get; } = names;

        public DateTimeOffset BuiltAt { get; } = builtAt;

        public void Add(IEnumerable<Entry> added, IReadOnlyCollection<string> replaced)
        {
            lock (_gate)
            {
                foreach (var id in replaced)
                {
                    if (_byId.Remove(id, out var old))
                    {
                        old.Replaced = true;
                        _replaced++;
                    }
                }

                // A search walks the list it was given while a writer appends to a copy.
                var next = new List<Entry>(_entries);
                foreach (var entry in added)
                {
                    next.Add(entry);
                    _byId[entry.Id] = entry;
                    _perConversation[entry.ConversationKey] = _perConversation.GetValueOrDefault(entry.ConversationKey) + 1;
                }

                _entries = next;
            }
        }

        /// <summary>
        /// The entries and the indices of those worth comparing exactly: every one up to <paramref name="exactUpTo"/>;
        /// beyond, the best by the quantised cosine plus recency (enough more to make up for the excluded chat's and the
        /// replaced entries), with those still waiting for their meaning. Also the newest reply's time, for the bonus.
        /// </summary>
        public (List<Entry> Entries, IEnumerable<int> Candidates, DateTimeOffset Newest) Candidates(
            string excludedConversation, ReadOnlySpan<float> query, VectorLayout layout, int limit)
        {
            List<Entry> entries;
            ExchangeVectors vectors;
            int extra;
            lock (_gate)
            {
                entries = _entries;
                if (entries.Count <= layout.ExactUpTo)
                {
                    var newest = entries.Count == 0 ? DateTimeOffset.MinValue : entries.Max(e => e.Timestamp);
                    return (entries, Enumerable.Range(0, entries.Count), newest);
                }

                vectors = VectorsOf(entries, layout);
                extra = _perConversation.GetValueOrDefault(excludedConversation) + _replaced;
            }

            var candidates = vectors.Candidates(query, ExchangeVectors.CandidateCount(limit) + extra);
            return (entries, candidates.Concat(vectors.Waiting), vectors.Newest);
        }

        /// <summary>Lays out the vectors a search past the exact limit scans, ahead of that search.</summary>
        public void LayOut(VectorLayout layout)
        {
            lock (_gate)
            {
                if (_entries.Count > layout.ExactUpTo)
                {
                    VectorsOf(_entries, layout);
                }
            }
        }

        /// <summary>The kept vectors, extended by what was added since, or laid out anew for another model or width.</summary>
        /// <remarks>Under <c>_gate</c>.</remarks>
        private ExchangeVectors VectorsOf(List<Entry> entries, VectorLayout layout)
        {
            var exchanges = new EntryExchanges(entries);
            return _vectors = _vectors is { } kept && kept.Model == layout.Model && kept.Dimensions == layout.Dimensions && kept.Count <= entries.Count
                ? (kept.Count == entries.Count ? kept : kept.Append(exchanges))
                : ExchangeVectors.Build(exchanges, layout.Model, layout.Dimensions, layout.Recency);
        }

        /// <summary>How many replies the kept vectors cover (0 when none are laid out): for tests.</summary>
        internal int LaidOut
        {
            get
            {
                lock (_gate)
                {
                    return _vectors?.Count ?? 0;
                }
            }
        }
    }

    /// <summary>The pool's entries as the exchanges they came from, for <see cref="ExchangeVectors"/>.</summary>
    private sealed class EntryExchanges(List<Entry> entries) : IReadOnlyList<StoredExchange>
    {
        public int Count => entries.Count;

        public StoredExchange this[int index] => entries[index].Exchange;

        public IEnumerator<StoredExchange> GetEnumerator() => entries.Select(e => e.Exchange).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
