using System.Text.Json;

namespace WhatStyle.Tools.Tone.Semantic;

/// <summary>The classifier heads over sentence embeddings: urgency, distress, crisis level, crisis kind and intent.</summary>
/// <remarks>Stored as one JSON file (<c>semantic.json</c>) written by <c>whatstyle train</c> and embedded in the library.</remarks>
internal sealed class SemanticHeads
{
    public const string FileName = "semantic.json";

    public static readonly string[] UrgencyLabels = ["low", "medium", "high"];
    public static readonly string[] DistressLabels = ["no", "yes"];
    public static readonly string[] CrisisLabels = ["none", "possible", "likely"];
    public static readonly string[] KindLabels = ["self-harm", "danger", "medical", "abuse"];
    public static readonly string[] IntentLabels =
        ["question", "request", "invitation", "good-news", "bad-news", "praise", "thanks", "apology", "condolence", "greeting", "farewell", "chit-chat"];

    public required SoftmaxHead Urgency { get; init; }
    public required SoftmaxHead Distress { get; init; }
    public required SoftmaxHead Crisis { get; init; }
    public required SoftmaxHead Kind { get; init; }
    public required SoftmaxHead Intent { get; init; }

    /// <summary>The chat training split's crises and ordinary messages, for nearest-neighbour evidence; empty in older files.</summary>
    public CrisisPrototypes Prototypes { get; init; } = CrisisPrototypes.Empty;

    /// <summary>How the heads were trained (shown by eval; informative only).</summary>
    public string Source { get; init; } = "";

    public static SemanticHeads LoadEmbedded()
    {
        using var stream = EmbeddedText.OpenResource("Model." + FileName);
        return Load(stream);
    }

    public static SemanticHeads LoadFrom(string directory)
    {
        using var stream = File.OpenRead(Path.Combine(directory, FileName));
        return Load(stream);
    }

    public static SemanticHeads Load(Stream stream)
    {
        var file = JsonSerializer.Deserialize<HeadsFile>(stream) ?? throw new InvalidDataException($"{FileName} is empty.");
        return new SemanticHeads
        {
            Urgency = Head(file, "urgency", UrgencyLabels),
            Distress = Head(file, "distress", DistressLabels),
            Crisis = Head(file, "crisis", CrisisLabels),
            Kind = Head(file, "kind", KindLabels),
            Intent = Head(file, "intent", IntentLabels),
            Prototypes = file.Prototypes is { } p ? new CrisisPrototypes(Unpack(p.Crises), Unpack(p.Ordinary)) : CrisisPrototypes.Empty,
            Source = file.Source ?? "",
        };
    }

    public void Save(string directory)
    {
        Directory.CreateDirectory(directory);
        var file = new HeadsFile
        {
            Source = Source,
            Heads = new Dictionary<string, HeadFile>(StringComparer.Ordinal)
            {
                ["urgency"] = ToFile(Urgency),
                ["distress"] = ToFile(Distress),
                ["crisis"] = ToFile(Crisis),
                ["kind"] = ToFile(Kind),
                ["intent"] = ToFile(Intent),
            },
            Prototypes = Prototypes.Crises.Length == 0 ? null : new PrototypesFile { Crises = Pack(Prototypes.Crises), Ordinary = Pack(Prototypes.Ordinary) },
        };
        using var stream = File.Create(Path.Combine(directory, FileName));
        JsonSerializer.Serialize(stream, file);
    }

    private static SoftmaxHead Head(HeadsFile file, string name, string[] labels)
    {
        if (file.Heads is null || !file.Heads.TryGetValue(name, out var head) || !head.Labels.SequenceEqual(labels))
        {
            throw new InvalidDataException($"{FileName} has no '{name}' head with labels {string.Join(",", labels)}; retrain with 'whatstyle train'.");
        }

        return new SoftmaxHead(head.Labels, head.Weights, head.Bias);
    }

    private static HeadFile ToFile(SoftmaxHead head) => new()
    {
        Labels = head.Labels,
        // Four decimals are far below the heads' noise and keep the file small and diffable.
        Weights = [.. head.Weights.Select(row => row.Select(v => MathF.Round(v, 4)).ToArray())],
        Bias = [.. head.Bias.Select(v => MathF.Round(v, 4))],
    };

    // Half precision in base64: a cosine needs no more than three decimals, and the file stays a few hundred KB.
    private static string[] Pack(float[][] vectors) =>
        [.. vectors.Select(v =>
        {
            var bytes = new byte[v.Length * 2];
            for (var d = 0; d < v.Length; d++)
            {
                System.Buffers.Binary.BinaryPrimitives.WriteHalfLittleEndian(bytes.AsSpan(d * 2), (Half)v[d]);
            }

            return Convert.ToBase64String(bytes);
        })];

    private static float[][] Unpack(string[]? packed) =>
        [.. (packed ?? []).Select(text =>
        {
            var bytes = Convert.FromBase64String(text);
            var v = new float[bytes.Length / 2];
            for (var d = 0; d < v.Length; d++)
            {
                v[d] = (float)System.Buffers.Binary.BinaryPrimitives.ReadHalfLittleEndian(bytes.AsSpan(d * 2));
            }

            return v;
        })];

    private sealed class PrototypesFile
    {
        public string[]? Crises { get; set; }
        public string[]? Ordinary { get; set; }
    }

    private sealed class HeadsFile
    {
        public PrototypesFile? Prototypes { get; set; }
        public string? Source { get; set; }
        public Dictionary<string, HeadFile>? Heads { get; set; }
    }

    private sealed class HeadFile
    {
        public string[] Labels { get; set; } = [];
        public float[][] Weights { get; set; } = [];
        public float[] Bias { get; set; } = [];
    }
}
