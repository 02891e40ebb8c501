using WhatStyle.Tools.Embeddings;
using WhatStyle.Tools.Memory;

namespace WhatStyle.Benchmarks.Memory;

/// <summary>
/// How many of the exact best k exchanges the memory's search returns (recall@k against exact search): the reference
/// compares the query with every exchange as stored and ranks by cosine plus the recency bonus, as the search promises.
/// </summary>
internal static class RetrievalRecall
{
    public static async Task<double> MeasureAsync(IConversationMemory memory, IReadOnlyList<StoredExchange> stored, MemoryOptions options, string contact, IReadOnlyList<string> queries, int k)
    {
        var newest = stored.Max(x => x.Timestamp);
        var found = 0;
        foreach (var text in queries)
        {
            var query = SentenceEmbeddingGenerator.Embed(text);
            var exact = stored
                .Select(x => (Exchange: x, Score: VectorMath.Cosine(query, x.Vector.Span)))
                .Where(x => x.Score > 0)
                .OrderByDescending(x => x.Score + (options.RecencyBonus * Math.Pow(2, -(newest - x.Exchange.Timestamp).TotalDays / options.RecencyHalfLifeDays)))
                .ThenByDescending(x => x.Exchange.Timestamp)
                .Take(k)
                .Select(x => x.Exchange.Incoming)
                .ToHashSet(StringComparer.Ordinal);
            var searched = await memory.FindSimilarExchangesAsync(contact, text, k);
            found += searched.Count(x => exact.Contains(x.Incoming));
        }

        return (double)found / (queries.Count * k);
    }
}
