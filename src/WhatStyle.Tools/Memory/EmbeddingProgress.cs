namespace WhatStyle.Tools.Memory;

/// <summary>How far a pass of the background embedding is.</summary>
/// <param name="Done">Exchanges embedded by this pass so far.</param>
/// <param name="Total">Exchanges that were waiting when the pass began.</param>
/// <param name="Running">True while the pass runs.</param>
public sealed record EmbeddingProgress(int Done, int Total, bool Running)
{
    /// <summary>No pass yet in this process.</summary>
    public static EmbeddingProgress Idle { get; } = new(0, 0, false);

    /// <summary>Exchanges of this pass still waiting.</summary>
    public int Remaining => Math.Max(0, Total - Done);
}
