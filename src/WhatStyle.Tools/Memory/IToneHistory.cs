namespace WhatStyle.Tools.Memory;

/// <summary>Storage of per-message tone readings (the tone history behind <see cref="ToneTrend"/>).</summary>
public interface IToneHistory
{
    /// <summary>The stored readings of those messages that have one.</summary>
    Task<IReadOnlyDictionary<string, ToneReading>> GetAsync(IReadOnlyCollection<string> messageIds, CancellationToken cancellationToken = default);

    /// <summary>Inserts or replaces readings by message id.</summary>
    Task SaveAsync(IReadOnlyList<ToneReading> readings, CancellationToken cancellationToken = default);
}
