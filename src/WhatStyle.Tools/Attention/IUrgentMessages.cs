namespace WhatStyle.Tools.Attention;

/// <summary>Urgent incoming messages, written by the bridge when it reads one and read by the dashboard's alerts.</summary>
public interface IUrgentMessages
{
    /// <summary>Keeps the mark; the same message id twice stores one.</summary>
    Task AddAsync(UrgentMessage message, CancellationToken cancellationToken = default);

    /// <summary>The marks of messages written at or after <paramref name="since"/>, newest first.</summary>
    Task<IReadOnlyList<UrgentMessage>> ListAsync(DateTimeOffset since, CancellationToken cancellationToken = default);
}
