namespace WhatStyle.Tools.Voice.Model;

/// <summary>
/// What a version folder holds (its <c>manifest.json</c>): when it was trained, from what, and the SHA-256 of each
/// file, so that a truncated or altered file is found before ML.NET reads it.
/// </summary>
public sealed record VoiceModelManifest
{
    public int Version { get; init; }

    public DateTimeOffset TrainedAt { get; init; }

    /// <summary>Examples learned from, by kind (owner, approved, edited, rejected).</summary>
    public IReadOnlyDictionary<string, int> Examples { get; init; } = new Dictionary<string, int>();

    /// <summary>A digest of the examples: a background retrain with the same examples is skipped.</summary>
    public string Source { get; init; } = "";

    /// <summary>File name → lower-case hex SHA-256.</summary>
    public IReadOnlyDictionary<string, string> Files { get; init; } = new Dictionary<string, string>();

    public int TotalExamples => Examples.Values.Sum();
}
