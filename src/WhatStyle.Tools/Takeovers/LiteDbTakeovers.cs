using LiteDB;

namespace WhatStyle.Tools.Takeovers;

/// <summary><see cref="ITakeovers"/> in the shared LiteDB database, collection <c>takeovers</c> keyed by contact id.</summary>
internal sealed class LiteDbTakeovers(ILiteDatabase database, TimeProvider time) : ITakeovers
{
    public const string CollectionName = "takeovers";

    private readonly ILiteCollection<TakeoverDocument> _takeovers = database.GetCollection<TakeoverDocument>(CollectionName);
    private readonly Lock _gate = new();

    public Task<Takeover> TakeOverAsync(string contactId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contactId);
        lock (_gate)
        {
            var document = _takeovers.FindById(contactId);
            if (document is null)
            {
                document = new TakeoverDocument { Id = contactId, SinceMs = time.GetUtcNow().ToUnixTimeMilliseconds() };
                _takeovers.Insert(document);
            }

            return Task.FromResult(document.ToTakeover());
        }
    }

    public Task<bool> HandBackAsync(string contactId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contactId);
        lock (_gate)
        {
            return Task.FromResult(_takeovers.Delete(contactId));
        }
    }

    public Task<Takeover?> FindAsync(string contactId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contactId);
        return Task.FromResult(_takeovers.FindById(contactId)?.ToTakeover());
    }

    public Task<IReadOnlyList<Takeover>> ListAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Takeover>>([.. _takeovers.FindAll().Select(d => d.ToTakeover())]);

    /// <summary>The stored shape; the time is Unix milliseconds so LiteDB never shifts time zones.</summary>
    internal sealed class TakeoverDocument
    {
        [BsonId]
        public string Id { get; set; } = "";
        public long SinceMs { get; set; }

        public Takeover ToTakeover() => new(Id, DateTimeOffset.FromUnixTimeMilliseconds(SinceMs));
    }
}
