using WhatStyle.Tools.Embeddings;

namespace WhatStyle.Tools.Memory;

/// <summary>
/// One conversation's vectors of one model in blocks of signed bytes, with each exchange's recency bonus worked out
/// once: a search reads 384 bytes an exchange in order instead of 100,000 scattered float arrays, and finds the few
/// best candidates that are then ranked exactly (see <see cref="ConversationMemory"/>).
/// </summary>
/// <remarks>
/// New exchanges of this process are appended as a new block (<see cref="Append"/>), so an owner's reply does not lay
/// out 100,000 vectors again. The recency bonus halves at a fixed rate, so when the newest exchange moves on, every
/// earlier bonus shrinks by one factor: each block keeps the bonuses as of its own newest and is scaled at search time.
/// </remarks>
internal sealed class ExchangeVectors
{
    // At this many blocks an append lays the appended ones out again as one (a search walks every block).
    private const int MaxBlocks = 64;

    // How many candidates the quantised scan hands to the exact ranking, per result asked and at least.
    private const int CandidatesPerResult = 4;
    private const int MinCandidates = 32;

    private readonly Block[] _blocks;
    private readonly Func<TimeSpan, double> _recency;

    private ExchangeVectors(string model, int dimensions, Func<TimeSpan, double> recency, Block[] blocks, int[] waiting, DateTimeOffset newest, int count)
    {
        Model = model;
        Dimensions = dimensions;
        _recency = recency;
        _blocks = blocks;
        Waiting = waiting;
        Newest = newest;
        Count = count;
    }

    public string Model { get; }

    public int Dimensions { get; }

    /// <summary>Indices of the exchanges without a vector of <see cref="Model"/> (imported history not embedded yet).</summary>
    public IReadOnlyList<int> Waiting { get; }

    /// <summary>The newest exchange's time, which the recency bonus counts from.</summary>
    public DateTimeOffset Newest { get; }

    /// <summary>How many exchanges (with a vector or waiting) these vectors cover: indices 0 to Count - 1.</summary>
    public int Count { get; }

    /// <summary>
    /// How many candidates to ask of <see cref="Candidates"/> for <paramref name="limit"/> results: a few times more, since
    /// the quantised cosine is the stored vector's own only up to the query's rounding, so the best are among them.
    /// </summary>
    public static int CandidateCount(int limit) => Math.Max(limit * CandidatesPerResult, MinCandidates);

    /// <param name="recency">The ranking bonus of a reply written that long before the newest; it must halve at a fixed rate.</param>
    public static ExchangeVectors Build(IReadOnlyList<StoredExchange> exchanges, string model, int dimensions, Func<TimeSpan, double> recency)
    {
        ArgumentNullException.ThrowIfNull(exchanges);
        ArgumentNullException.ThrowIfNull(recency);
        var newest = Newer(exchanges, 0, DateTimeOffset.MinValue);
        var waiting = new List<int>();
        var block = Block.Build(exchanges, 0, model, dimensions, recency, newest, waiting);
        return new ExchangeVectors(model, dimensions, recency, [block], [.. waiting], newest, exchanges.Count);
    }

    /// <summary>These vectors and those of <paramref name="exchanges"/> from index <see cref="Count"/> on (the earlier ones unchanged).</summary>
    public ExchangeVectors Append(IReadOnlyList<StoredExchange> exchanges)
    {
        ArgumentNullException.ThrowIfNull(exchanges);
        if (exchanges.Count < Count)
        {
            throw new ArgumentException("Exchanges can only be appended.", nameof(exchanges));
        }

        var newest = Newer(exchanges, Count, Newest);
        if (_blocks.Length >= MaxBlocks)
        {
            // The appended blocks are laid out again as one, after the first (the conversation as loaded), which stays.
            var kept = _blocks[0];
            var rest = new List<int>(Waiting.Where(i => i < kept.End));
            var tail = Block.Build(exchanges, kept.End, Model, Dimensions, _recency, newest, rest);
            return new ExchangeVectors(Model, Dimensions, _recency, [kept, tail], [.. rest], newest, exchanges.Count);
        }

        var waiting = new List<int>(Waiting);
        var block = Block.Build(exchanges, Count, Model, Dimensions, _recency, newest, waiting);
        return new ExchangeVectors(Model, Dimensions, _recency, [.. _blocks, block], [.. waiting], newest, exchanges.Count);
    }

    /// <summary>
    /// Indices of the <paramref name="count"/> exchanges with a vector that rank best for <paramref name="query"/> by the
    /// quantised cosine plus the recency bonus, in no particular order.
    /// </summary>
    public IReadOnlyList<int> Candidates(ReadOnlySpan<float> query, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        if (query.Length != Dimensions)
        {
            return [];
        }

        Span<short> codes = stackalloc short[Dimensions];
        Int8Vectors.Quantise(query, codes, Int8Vectors.QueryRange(Dimensions));
        var queryFactor = InverseLength<short>(codes);
        var fresh = _recency(TimeSpan.Zero);

        var best = new PriorityQueue<int, float>(count + 1);
        var worst = float.NegativeInfinity;
        foreach (var block in _blocks)
        {
            // The block's bonuses were worked out from its own newest; the factor brings them to today's newest.
            var scale = fresh > 0 ? (float)(_recency(Newest - block.Newest) / fresh) : 0f;
            for (var r = 0; r < block.Rows.Length; r++)
            {
                var rank = (Int8Vectors.Dot(codes, block.Codes.AsSpan(r * Dimensions, Dimensions)) * block.Factors[r] * queryFactor) + (block.Recency[r] * scale);
                if (best.Count < count)
                {
                    best.Enqueue(block.Rows[r], rank);
                    worst = best.Count == count && best.TryPeek(out _, out var w) ? w : float.NegativeInfinity;
                }
                else if (rank > worst)
                {
                    best.EnqueueDequeue(block.Rows[r], rank);
                    best.TryPeek(out _, out worst);
                }
            }
        }

        var result = new int[best.Count];
        for (var i = 0; best.TryDequeue(out var index, out _); i++)
        {
            result[i] = index;
        }

        return result;
    }

    private static DateTimeOffset Newer(IReadOnlyList<StoredExchange> exchanges, int from, DateTimeOffset newest)
    {
        for (var i = from; i < exchanges.Count; i++)
        {
            newest = exchanges[i].Timestamp > newest ? exchanges[i].Timestamp : newest;
        }

        return newest;
    }

    private static float InverseLength<T>(ReadOnlySpan<T> codes)
        where T : struct, System.Numerics.INumberBase<T>
    {
        double squares = 0;
        foreach (var code in codes)
        {
            var value = double.CreateTruncating(code);
            squares += value * value;
        }

        return squares > 0 ? (float)(1 / Math.Sqrt(squares)) : 0f;
    }

    /// <summary>
    /// Exchanges from one index up to <paramref name="End"/>: the indices of those with a vector, their codes, 1 / code
    /// length, and bonus as of <paramref name="Newest"/>.
    /// </summary>
    private sealed record Block(int[] Rows, sbyte[] Codes, float[] Factors, float[] Recency, DateTimeOffset Newest, int End)
    {
        public static Block Build(IReadOnlyList<StoredExchange> exchanges, int from, string model, int dimensions, Func<TimeSpan, double> recency, DateTimeOffset newest, List<int> waiting)
        {
            var rows = new List<int>(exchanges.Count - from);
            for (var i = from; i < exchanges.Count; i++)
            {
                (exchanges[i].HasVectorOf(model, dimensions) ? rows : waiting).Add(i);
            }

            var codes = new sbyte[rows.Count * dimensions];
            var factors = new float[rows.Count];
            var bonus = new float[rows.Count];
            for (var r = 0; r < rows.Count; r++)
            {
                var exchange = exchanges[rows[r]];
                var row = codes.AsSpan(r * dimensions, dimensions);
                Int8Vectors.Quantise(exchange.Vector.Span, row);
                // The cosine is the codes' dot product over both codes' lengths (the steps cancel): the row's is divided out here.
                factors[r] = InverseLength<sbyte>(row);
                bonus[r] = (float)recency(newest - exchange.Timestamp);
            }

            return new Block([.. rows], codes, factors, bonus, newest, exchanges.Count);
        }
    }
}
