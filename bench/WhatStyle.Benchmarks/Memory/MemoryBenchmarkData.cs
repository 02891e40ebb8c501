using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Tools;
using WhatStyle.Tools.Embeddings;

namespace WhatStyle.Benchmarks.Memory;

/// <summary>What the memory benchmarks seed: the tools over a throw-away data directory, and stand-in vectors.</summary>
internal static class MemoryBenchmarkData
{
    /// <summary>The incoming messages the memory benchmarks search with, in turn.</summary>
    public static readonly string[] Queries = ["are you free tonight?", "how did the exam go", "thanks for the lift", "good night", "can you call me later"];

    /// <summary>The WhatStyle tools over <paramref name="root"/> with these settings, as a host would build them.</summary>
    public static ServiceProvider Services(string root, IReadOnlyDictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddWhatStyleTools(configuration, root);
        return services.BuildServiceProvider();
    }

    /// <summary>
    /// A random unit vector of the sentence model's size, standing in for an embedding (embedding 100,000 texts would
    /// measure the model, not the search); with <paramref name="near"/>, one close to that vector instead.
    /// </summary>
    public static float[] UnitVector(Random random, float[]? near = null)
    {
        var vector = new float[384];
        for (var d = 0; d < vector.Length; d++)
        {
            vector[d] = near is null ? (float)(random.NextDouble() - 0.5) : near[d] + ((float)(random.NextDouble() - 0.5) * 0.02f);
        }

        VectorMath.Normalize(vector);
        return vector;
    }
}
