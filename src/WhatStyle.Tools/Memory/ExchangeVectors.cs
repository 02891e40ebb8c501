using WhatStyle.Tools.Embeddings;

namespace WhatStyle.Tools.Memory;

/// <summary>
/// One conversation's vectors of one model in one block of signed bytes, with each exchange's recency bonus worked
/// out once: a search reads 384 bytes an exchange in order instead of 100,000 scattered float arrays, and finds the
/// few best candidates that are then ranked exactly (see <see cref="ConversationMemory"/>).
/// </summary>
internal sealed class ExchangeVectors
{
    private readonly int[] _rows;
    private readonly sbyte[] _codes;
    private readonly float[] _factors;
    private readonly float[] _recency;

    private ExchangeVectors(string model, int dimensions, int[] rows, sbyte[] codes, float[] factors, float[] recency, int[] waiting, DateTimeOffset newest)
    {
        Model = model;
        Dimensions = dimensions;
        _rows = rows;
        _codes = codes;
        _factors = factors;
        _recency = recency;
        Waiting = waiting;
        Newest = newest;
    }

    public string Model { get; }

    public int Dimensions { get; }

    /// <summary>Indices of the exchanges without a vector of <see cref="Model"/> (imported history not embedded yet).</summary>
    public IReadOnlyList<int> Waiting { get; }

    /// <summary>The newest exchange's time, which the recency bonus counts from.</summary>
    public DateTimeOffset Newest { get; }

    /// <param name="recency">The ranking bonus of a reply written that long before the newest.</param>
    public static ExchangeVectors Build(IReadOnlyList<StoredExchange> exchanges, string model, int dimensions, Func<TimeSpan, double> recency)
    {
        ArgumentNullException.ThrowIfNull(exchanges);
        ArgumentNullException.ThrowIfNull(recency);
        var rows = new List<int>(exchanges.Count);
        var waiting = new List<int>();
        var newest = DateTimeOffset.MinValue;
        for (var i = 0; i < exchanges.Count; i++)
        {
            var exchange = exchanges[i];
            newest = exchange.Timestamp > newest ? exchange.Timestamp : newest;
            (exchange.Model == model && exchange.Vector.Length == dimensions ? rows : waiting).Add(i);
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

        return new ExchangeVectors(model, dimensions, [.. rows], codes, factors, bonus, [.. waiting], newest);
    }

    /// <summary>
    /// Indices of the <paramref name="count"/> exchanges with a vector that rank best for <paramref name="query"/> by the
    /// quantised cosine plus the recency bonus, in no particular order.
    /// </summary>
    public IReadOnlyList<int> Candidates(ReadOnlySpan<float> query, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        if (query.Length != Dimensions || _rows.Length == 0)
        {
            return [];
        }

        Span<short> codes = stackalloc short[Dimensions];
        Int8Vectors.Quantise(query, codes, Int8Vectors.QueryRange(Dimensions));
        var queryFactor = InverseLength<short>(codes);

        var best = new PriorityQueue<int, float>(count + 1);
        var worst = float.NegativeInfinity;
        for (var r = 0; r < _rows.Length; r++)
        {
            var rank = (Int8Vectors.Dot(codes, _codes.AsSpan(r * Dimensions, Dimensions)) * _factors[r] * queryFactor) + _recency[r];
            if (best.Count < count)
            {
                best.Enqueue(_rows[r], rank);
                worst = best.Count == count && best.TryPeek(out _, out var w) ? w : float.NegativeInfinity;
            }
            else if (rank > worst)
            {
                best.EnqueueDequeue(_rows[r], rank);
                best.TryPeek(out _, out worst);
            }
        }

        var result = new int[best.Count];
        for (var i = 0; best.TryDequeue(out var index, out _); i++)
        {
            result[i] = index;
        }

        return result;
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
}
