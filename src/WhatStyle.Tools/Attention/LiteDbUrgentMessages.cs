using LiteDB;

namespace WhatStyle.Tools.Attention;

/// <summary><see cref="IUrgentMessages"/> in the shared LiteDB database, collection <c>urgent</c> keyed by message id.</summary>
internal sealed class LiteDbUrgentMessages : IUrgentMessages
{
    public const string CollectionName = "urgent";

    private readonly ILiteCollection<UrgentDocument> _marks;

    public LiteDbUrgentMessages(ILiteDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _marks = database.GetCollection<UrgentDocument>(CollectionName);
        _marks.EnsureIndex(m => m.AtMs);
    }

    public Task AddAsync(UrgentMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(message.MessageId);
        // Upsert by id: a replay after a crash stores nothing new.
        _marks.Upsert(new UrgentDocument
        {
            Id = message.MessageId, Contact = message.Contact, Chat = message.Chat, Group = message.Group, AtMs = message.At.ToUnixTimeMilliseconds(),
        });
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<UrgentMessage>> ListAsync(DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        var from = since.ToUnixTimeMilliseconds();
        return Task.FromResult<IReadOnlyList<UrgentMessage>>([.. _marks.Find(m => m.AtMs >= from)
            .OrderByDescending(m => m.AtMs)
            .Select(m => new UrgentMessage(m.Id, m.Contact, m.Chat, m.Group, DateTimeOffset.FromUnixTimeMilliseconds(m.AtMs)))]);
    }

    /// <summary>The stored shape; the time is Unix milliseconds so LiteDB never shifts time zones.</summary>
    internal sealed class UrgentDocument
    {
        [BsonId]
        public string Id { get; set; } = "";
        public string Contact { get; set; } = "";
        public string Chat { get; set; } = "";
        public string? Group { get; set; }
        public long AtMs { get; set; }
    }
}
