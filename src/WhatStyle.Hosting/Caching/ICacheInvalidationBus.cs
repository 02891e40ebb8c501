namespace WhatStyle.Hosting.Caching;

/// <summary>Carries cache removals between the processes that share a second-level cache.</summary>
internal interface ICacheInvalidationBus
{
    /// <summary>Tells every other process; never throws (a lost message leaves their entries to expire on their own).</summary>
    ValueTask PublishAsync(CacheInvalidation invalidation);

    /// <summary>
    /// Calls <paramref name="onRemoteInvalidation"/> for each removal another process publishes, and
    /// <paramref name="onMissedMessages"/> when messages may have been lost (the link came back after a break).
    /// </summary>
    void Subscribe(Func<CacheInvalidation, ValueTask> onRemoteInvalidation, Func<ValueTask> onMissedMessages);
}
