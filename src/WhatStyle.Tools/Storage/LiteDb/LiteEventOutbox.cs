using LiteDB;
using WhatStyle.Tools.Events;

namespace WhatStyle.Tools.Storage.LiteDb;

/// <summary>
/// An event outbox in a LiteDB database, collection <c>event_outbox</c>. <see cref="Append"/> writes on the calling
/// thread, so inside the caller's transaction (LiteDB transactions belong to a thread) the event is committed with the
/// change or not at all. Events leave in the order they were recorded (an auto-incremented key).
/// </summary>
public sealed class LiteEventOutbox : IEventOutbox
{
    public const string CollectionName = "event_outbox";

    private readonly Func<ILiteDatabase> _database;
    private readonly Lock _gate = new();
    private ILiteDatabase? _indexedOn;

    /// <param name="name">For logs: which database this is.</param>
    /// <param name="database">The database now (the bridge reopens its own after a failed write, so it is asked each time).</param>
    public LiteEventOutbox(string name, Func<ILiteDatabase> database)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        _database = database;
    }

    public string Name { get; }

    /// <summary>Records <paramref name="outboxEvent"/>; call it inside the transaction that makes the change.</summary>
    public void Append(OutboxEvent outboxEvent)
    {
        ArgumentNullException.ThrowIfNull(outboxEvent);
        Collection().Insert(new EventOutboxDocument
        {
            EventId = outboxEvent.Id,
            Type = outboxEvent.Type,
            TimeMs = outboxEvent.Time.ToUnixTimeMilliseconds(),
            Source = outboxEvent.Source,
            Data = outboxEvent.Data,
        });
    }

    public Task<IReadOnlyList<PendingEvent>> PendingAsync(int limit, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var nowMs = now.ToUnixTimeMilliseconds();
        lock (_gate)
        {
            // Oldest first; an event postponed after a failure holds back the ones behind it, so order is kept.
            var pending = new List<PendingEvent>();
            foreach (var document in Collection().Query().OrderBy(d => d.Seq).Limit(limit).ToEnumerable())
            {
                if (document.NextAttemptAtMs > nowMs)
                {
                    break;
                }

                pending.Add(new PendingEvent(
                    new OutboxEvent(document.EventId, document.Type, DateTimeOffset.FromUnixTimeMilliseconds(document.TimeMs), document.Source, document.Data),
                    document.Attempts,
                    document.LastError));
            }

            return Task.FromResult<IReadOnlyList<PendingEvent>>(pending);
        }
    }

    public Task MarkPublishedAsync(string id, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            Collection().DeleteMany(d => d.EventId == id);
        }

        return Task.CompletedTask;
    }

    public Task PostponeAsync(string id, DateTimeOffset retryAt, string error, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var collection = Collection();
            if (collection.FindOne(d => d.EventId == id) is { } document)
            {
                document.Attempts++;
                document.NextAttemptAtMs = retryAt.ToUnixTimeMilliseconds();
                document.LastError = error;
                collection.Update(document);
            }
        }

        return Task.CompletedTask;
    }

    public Task<int> CountAsync(CancellationToken cancellationToken = default) => Task.FromResult(Collection().Count());

    private ILiteCollection<EventOutboxDocument> Collection()
    {
        var database = _database();
        var collection = database.GetCollection<EventOutboxDocument>(CollectionName, BsonAutoId.Int64);
        if (!ReferenceEquals(Volatile.Read(ref _indexedOn), database))
        {
            collection.EnsureIndex(d => d.EventId, unique: true);
            Volatile.Write(ref _indexedOn, database);
        }

        return collection;
    }
}
