using LiteDB;

namespace WhatStyle.Tools.Replies.Queue;

/// <summary>The retry queue in the shared LiteDB database (collection <c>reply_retries</c>), so it survives restarts.</summary>
internal sealed class LiteDbRetryQueue : IRetryQueue
{
    public const string CollectionName = "reply_retries";

    private readonly ILiteCollection<RetryItem> _items;

    public LiteDbRetryQueue(ILiteDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _items = database.GetCollection<RetryItem>(CollectionName);
        _items.EnsureIndex(i => i.Status);
    }

    public Task EnqueueAsync(RetryItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        _items.Upsert(item);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<RetryItem>> ListAsync(bool includeDone = false, CancellationToken cancellationToken = default)
    {
        var items = includeDone ? _items.FindAll() : _items.Find(i => i.Status == RetryStatus.Pending);
        return Task.FromResult<IReadOnlyList<RetryItem>>([.. items.OrderByDescending(i => i.EnqueuedAt)]);
    }

    public Task UpdateAsync(RetryItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        _items.Update(item);
        return Task.CompletedTask;
    }
}
