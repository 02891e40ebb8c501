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

    private sealed class HeadsFile
    {
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
