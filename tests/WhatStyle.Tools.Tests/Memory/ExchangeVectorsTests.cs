using WhatStyle.Tools.Embeddings;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.Storage.LiteDb;
using WhatStyle.Tools.Tests.Embeddings;

namespace WhatStyle.Tools.Tests.Memory;

public sealed class ExchangeVectorsTests
{
    private const string Model = "test-model";
    private static readonly DateTimeOffset Start = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Candidates_RandomStoredVectors_HoldTheExactBestThree()
    {
        // Random unit vectors are the hard case: their cosines to a query all lie close together, so rounding would show.
        var random = new Random(17);
        var exchanges = Enumerable.Range(0, 6_000).Select(i => Exchange(i, Stored(Int8VectorsTests.RandomUnitVector(random, 384)))).ToList();
        var vectors = ExchangeVectors.Build(exchanges, Model, 384, Recency);

        var found = 0;
        const int Queries = 40;
        for (var q = 0; q < Queries; q++)
        {
            var query = Int8VectorsTests.RandomUnitVector(random, 384);
            var exact = exchanges.Select((x, i) => (Index: i, Rank: VectorMath.Cosine(query, x.Vector.Span) + Recency(vectors.Newest - x.Timestamp)))
                .OrderByDescending(x => x.Rank).Take(3).Select(x => x.Index);
            // Only three candidates: the scan's own order, not the exact re-ranking after it, must find them.
            found += exact.Intersect(vectors.Candidates(query, 3)).Count();
        }

        Assert.True(found >= Queries * 3 * 0.97, $"recall@3 of the scan alone was {found}/{Queries * 3}");
    }

    [Fact]
    public void Build_ExchangesOfAnotherModelOrLength_AreWaitingAndNeverCandidates()
    {
        var random = new Random(5);
        var exchanges = new List<StoredExchange>
        {
            Exchange(0, Int8VectorsTests.RandomUnitVector(random, 8)),
            Exchange(1, Int8VectorsTests.RandomUnitVector(random, 8)) with { Model = "lexical" },
            Exchange(2, Int8VectorsTests.RandomUnitVector(random, 4)),
        };

        var vectors = ExchangeVectors.Build(exchanges, Model, 8, Recency);

        Assert.Equal([1, 2], vectors.Waiting);
        Assert.Equal([0], vectors.Candidates(exchanges[0].Vector.Span, 5));
        Assert.Equal(exchanges[2].Timestamp, vectors.Newest);
    }

    [Fact]
    public void Candidates_EqualMeaning_PrefersTheRecentReply()
    {
        var vector = Int8VectorsTests.RandomUnitVector(new Random(9), 16);
        var exchanges = new List<StoredExchange> { Exchange(0, vector), Exchange(1, vector) with { Timestamp = Start.AddDays(400) } };

        var vectors = ExchangeVectors.Build(exchanges, Model, 16, Recency);

        Assert.Equal([1], vectors.Candidates(vector, 1));
    }

    [Fact]
    public void Append_NewerExchanges_FindsWhatLayingThemAllOutAgainFinds()
    {
        var random = new Random(23);
        var exchanges = Enumerable.Range(0, 2_000).Select(i => Exchange(i, Stored(Int8VectorsTests.RandomUnitVector(random, 64)))).ToList();
        var grown = ExchangeVectors.Build(exchanges, Model, 64, Recency);
        // Replies written much later (the recency of every earlier one shrinks), one of them waiting for its meaning.
        // Replies written much later, one by one (the recency of every earlier one shrinks; more than the blocks kept apart),
        // one of them waiting for its meaning.
        for (var i = 0; i < 100; i++)
        {
            var reply = Exchange(2_000 + i, Stored(Int8VectorsTests.RandomUnitVector(random, 64))) with { Timestamp = Start.AddDays(300 + i) };
            exchanges.Add(i == 70 ? reply with { Model = "lexical" } : reply);
            grown = grown.Append(exchanges);
        }

        var whole = ExchangeVectors.Build(exchanges, Model, 64, Recency);

        Assert.Equal(whole.Newest, grown.Newest);
        Assert.Equal(whole.Waiting, grown.Waiting);
        Assert.Equal(exchanges.Count, grown.Count);
        for (var q = 0; q < 10; q++)
        {
            var query = Int8VectorsTests.RandomUnitVector(random, 64);
            Assert.Equal(whole.Candidates(query, 10).Order(), grown.Candidates(query, 10).Order());
        }
    }

    private static double Recency(TimeSpan age) => 0.03 * Math.Pow(2, -Math.Max(0, age.TotalDays) / 180);

    // As read back from the database: the stored codes decoded.
    private static float[] Stored(float[] vector) => VectorCodec.Decode(VectorCodec.Encode(vector));

    private static StoredExchange Exchange(int i, float[] vector) =>
        new($"x{i}", "contact:c", $"message {i}", $"reply {i}", Start.AddMinutes(i * 30), vector, Model);
}
