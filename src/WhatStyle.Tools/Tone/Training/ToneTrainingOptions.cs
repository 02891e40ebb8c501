namespace WhatStyle.Tools.Tone.Training;

/// <summary>Hyper-parameters of <c>whatstyle train</c>; the defaults are the ones chosen on GoEmotions dev.</summary>
public sealed record ToneTrainingOptions
{
    /// <summary>L1 penalty: keeps the weights sparse, so the model file stays small. Default 0.5.</summary>
    public float L1 { get; init; } = 0.5f;

    /// <summary>L2 penalty. Default 1.</summary>
    public float L2 { get; init; } = 1f;

    /// <summary>How far rare classes are up-weighted: 0 none, 1 fully balanced. Default 0.5 (helps macro-F1).</summary>
    public float ClassBalance { get; init; } = 0.5f;

    /// <summary>L-BFGS iteration cap. Default 200.</summary>
    public int MaxIterations { get; init; } = 200;
}
