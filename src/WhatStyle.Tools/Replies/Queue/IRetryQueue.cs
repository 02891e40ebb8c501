namespace WhatStyle.Tools.Replies.Queue;

/// <summary>Durable queue of replies to regenerate once a provider is healthy again.</summary>
public interface IRetryQueue
{
    Task EnqueueAsync(RetryItem item, CancellationToken cancellationToken = default);

    /// <summary>Items, newest first; only pending ones unless <paramref name="includeDone"/>.</summary>
    Task<IReadOnlyList<RetryItem>> ListAsync(bool includeDone = false, CancellationToken cancellationToken = default);

    Task UpdateAsync(RetryItem item, CancellationToken cancellationToken = default);
}
