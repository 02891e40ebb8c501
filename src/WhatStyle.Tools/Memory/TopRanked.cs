namespace WhatStyle.Tools.Memory;

/// <summary>
/// The best few of many past replies, kept in a small heap as they are scored (sorting 100,000 to keep 20 costs more than
/// the scoring). Ranked by similarity plus a recency bonus, ties to the newer; the similarity reported is the score alone.
/// </summary>
internal sealed class TopRanked<T>(int limit)
{
    private readonly PriorityQueue<(T Item, double Score), (double Rank, long Ticks)> _best = new();

    public void Offer(T item, double score, double recencyBonus, DateTimeOffset timestamp)
    {
        var rank = (score + recencyBonus, timestamp.UtcTicks);
        if (_best.Count < limit)
        {
            _best.Enqueue((item, score), rank);
        }
        else if (_best.TryPeek(out _, out var worst) && rank.CompareTo(worst) > 0)
        {
            _best.EnqueueDequeue((item, score), rank);
        }
    }

    /// <summary>The kept items, best first, each with its similarity as reported (clamped to 0..1, four decimals).</summary>
    public List<(T Item, double Similarity)> BestFirst()
    {
        var ranked = new List<(T Item, double Similarity)>(_best.Count);
        while (_best.TryDequeue(out var kept, out _))
        {
            ranked.Add((kept.Item, Math.Round(Math.Clamp(kept.Score, 0, 1), 4)));
        }

        ranked.Reverse();
        return ranked;
    }
}
