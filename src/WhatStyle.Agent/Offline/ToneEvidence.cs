using WhatStyle.Tools.Tone;

namespace WhatStyle.Agent.Offline;

/// <summary>
/// Whether a tone reading rests on the meaning head alone. The deep analyser's heads lift urgency and distress from the
/// sentence's meaning, and near their thresholds they misfire ("the cat is sleeping on my laptop again" read as high
/// urgency, "Quand est-ce que tu arrives ?" as distress). A reply that answers as if something is wrong needs the
/// words to say so too; a reading with no cues (a hand-made one) is taken as it is.
/// </summary>
internal static class ToneEvidence
{
    // The cue names the analyse output documents: "urgency", "needsSupport", and "semantic:…" for the meaning heads
    // (spelled in Tools by Tone/Rules/Dimensions and Tone/Semantic/SemanticMerge, which this library cannot see).
    public const string Urgency = "urgency";
    public const string NeedsSupport = "needsSupport";
    private const string SemanticPrefix = "semantic";

    /// <summary>True when the only cues pushing <paramref name="dimension"/> come from the meaning heads.</summary>
    public static bool MeaningAlone(ToneAnalysis tone, string dimension)
    {
        ArgumentNullException.ThrowIfNull(tone);
        var pushing = tone.Cues.Where(c => c.Dimension == dimension && c.Weight > 0).ToList();
        return pushing.Count > 0 && pushing.All(c => c.Signal.StartsWith(SemanticPrefix, StringComparison.Ordinal));
    }
}
