namespace WhatStyle.Tools.Tone.Rules;

/// <summary>The crisis weight per kind found by the rules (and later the semantic reading), with the phrases behind it.</summary>
internal sealed record CrisisScores(double SelfHarm, double Danger, double Medical, double Abuse, IReadOnlyList<string> Cues)
{
    public static CrisisScores Empty { get; } = new(0, 0, 0, 0, []);

    public double this[CrisisKind kind] => kind switch
    {
        CrisisKind.SelfHarm => SelfHarm,
        CrisisKind.Danger => Danger,
        CrisisKind.Medical => Medical,
        _ => Abuse,
    };
}
