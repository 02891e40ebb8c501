using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using WhatStyle.Tools.Storage;

namespace WhatStyle.Tools.Memory;

/// <summary>
/// Each conversation's exchanges, decoded, kept in this process for <c>Storage:CacheSeconds</c>: a search then ranks
/// vectors already in memory instead of reading and decoding every exchange from the database (at 100,000 exchanges
/// that read was seconds). This process's own writes are taken into the entry at once; another process's are seen
/// after <c>Storage:CacheSeconds</c>, as with every other cached read. With 0 seconds nothing is kept.
/// </summary>
internal sealed class ExchangeIndex(IMessageRepository messages, IOptions<StorageOptions> storage, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    // Bumped by every write of a conversation, so a read that started before the write never stores what it read.
    private readonly ConcurrentDictionary<string, long> _versions = new(StringComparer.Ordinal);

    // Changes to the kept entries (load, add, replace) are made one at a time, so no writer's exchanges are lost.
    private readonly Lock _gate = new();

    public async Task<IReadOnlyList<StoredExchange>> GetAsync(string conversationKey, CancellationToken cancellationToken)
    {
        var lifetime = TimeSpan.FromSeconds(storage.Value.CacheSeconds);
        if (lifetime > TimeSpan.Zero && _entries.TryGetValue(conversationKey, out var entry) && time.GetUtcNow() - entry.LoadedAt < lifetime)
        {
            return entry.Exchanges;
        }

        var version = _versions.GetValueOrDefault(conversationKey);
        var loaded = await messages.ExchangesAsync(conversationKey, cancellationToken);
        lock (_gate)
        {
            if (lifetime > TimeSpan.Zero && _versions.GetValueOrDefault(conversationKey) == version)
            {
                _entries[conversationKey] = new Entry(loaded, time.GetUtcNow());
            }
        }

        return loaded;
    }

    /// <summary>
    /// This process stored <paramref name="added"/> for the conversation: a kept entry takes them in (an exchange with the
    /// same id replaced) instead of being read again, which at 100,000 exchanges took seconds after every reply of the
    /// owner's. The entry keeps its load time, so another process's writes are still seen after the lifetime.
    /// </summary>
    public void Add(string conversationKey, IReadOnlyList<StoredExchange> added)
    {
        ArgumentNullException.ThrowIfNull(added);
        lock (_gate)
        {
            _versions.AddOrUpdate(conversationKey, 1, (_, v) => v + 1);
            if (!_entries.TryGetValue(conversationKey, out var entry))
            {
                return;
            }

            // The ids kept go with the entry, so a new reply is checked against them without hashing 100,000 ids again.
            var known = entry.Ids ?? entry.Exchanges.Select(x => x.Id).ToHashSet(StringComparer.Ordinal);
            var fresh = added.DistinctBy(x => x.Id, StringComparer.Ordinal).ToList();
            var replaced = fresh.Any(x => known.Contains(x.Id));
            var ids = fresh.Select(x => x.Id).ToHashSet(StringComparer.Ordinal);
            var exchanges = new List<StoredExchange>(entry.Exchanges.Count + fresh.Count);
            exchanges.AddRange(replaced ? entry.Exchanges.Where(x => !ids.Contains(x.Id)) : entry.Exchanges);
            exchanges.AddRange(fresh);
            known.UnionWith(ids);
            // Only appended (the usual case: a new reply): the laid-out vectors grow by a block instead of being built again.
            var vectors = replaced || entry.Vectors is not { } before || before.Count != entry.Exchanges.Count ? null : before.Append(exchanges);
            _entries[conversationKey] = new Entry(exchanges, entry.LoadedAt) { Vectors = vectors, Ids = known };
        }
    }

    /// <summary>
    /// This process gave some exchanges their vector of meaning (imported history, embedded in the background): a kept entry
    /// takes each one whose incoming text is unchanged, without a re-read; its signed-byte block is laid out again on the
    /// next search, as the new vectors leave the exchanges that waited.
    /// </summary>
    public void UpdateVectors(string conversationKey, IReadOnlyList<StoredExchange> updated)
    {
        ArgumentNullException.ThrowIfNull(updated);
        lock (_gate)
        {
            _versions.AddOrUpdate(conversationKey, 1, (_, v) => v + 1);
            if (!_entries.TryGetValue(conversationKey, out var entry))
            {
                return;
            }

            var byId = updated.DistinctBy(x => x.Id, StringComparer.Ordinal).ToDictionary(x => x.Id, StringComparer.Ordinal);
            IReadOnlyList<StoredExchange> exchanges = [.. entry.Exchanges.Select(x =>
                byId.TryGetValue(x.Id, out var u) && u.Incoming == x.Incoming ? x with { Vector = u.Vector, Model = u.Model } : x)];
            _entries[conversationKey] = new Entry(exchanges, entry.LoadedAt) { Ids = entry.Ids };
        }
    }

    /// <summary>
    /// The quantised vectors of <paramref name="exchanges"/> when they are the conversation's kept entry (built on the first
    /// search, then reused until the entry changes); null when nothing is kept, as a one-off block would cost a whole scan.
    /// </summary>
    public ExchangeVectors? VectorsFor(string conversationKey, IReadOnlyList<StoredExchange> exchanges, string model, int dimensions, Func<TimeSpan, double> recency)
    {
        if (!_entries.TryGetValue(conversationKey, out var entry) || !ReferenceEquals(entry.Exchanges, exchanges))
        {
            return null;
        }

        lock (entry)
        {
            if (entry.Vectors is not { } vectors || vectors.Model != model || vectors.Dimensions != dimensions)
            {
                vectors = ExchangeVectors.Build(exchanges, model, dimensions, recency);
                entry.Vectors = vectors;
            }

            return vectors;
        }
    }

    private sealed record Entry(IReadOnlyList<StoredExchange> Exchanges, DateTimeOffset LoadedAt)
    {
        public ExchangeVectors? Vectors { get; set; }

        /// <summary>The exchanges' ids, once a write of this process needed them (changed only under the index's gate).</summary>
        public HashSet<string>? Ids { get; init; }
    }
}
