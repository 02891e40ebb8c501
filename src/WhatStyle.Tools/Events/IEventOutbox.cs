namespace WhatStyle.Tools.Events;

/// <summary>
/// The drain side of an event outbox. Events are written by the store that makes the change, in the same transaction
/// (each store knows its own transactions: <see cref="Storage.LiteDb.LiteEventOutbox.Append"/> for LiteDB); a
/// background publisher reads them from here in order, publishes each and removes it, or postpones it after a failure.
/// A process may drain several outboxes (the profile database's and the bridge's).
/// </summary>
public interface IEventOutbox
{
    /// <summary>Names the outbox in logs (e.g. the database file).</summary>
    string Name { get; }

    /// <summary>The oldest events due at <paramref name="now"/>, oldest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<PendingEvent>> PendingAsync(int limit, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>The broker acknowledged the event: it leaves the outbox.</summary>
    Task MarkPublishedAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Publishing failed: the event waits until <paramref name="retryAt"/>, with its attempt counted.</summary>
    Task PostponeAsync(string id, DateTimeOffset retryAt, string error, CancellationToken cancellationToken = default);

    /// <summary>How many events wait (for health and metrics).</summary>
    Task<int> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// At shutdown: gives up this process's turn at draining an outbox several processes share, so another process takes
    /// over at its next poll instead of waiting for a lease to run out. Nothing to do for an outbox of one process.
    /// </summary>
    Task ReleaseAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;
}
