using LiteDB;

namespace WhatStyle.Tools.ReplyLog;

/// <summary><see cref="IReplyLog"/> in the shared LiteDB database, collection <c>replies</c> keyed by reply id.</summary>
internal sealed class LiteDbReplyLog : IReplyLog
{
    public const string CollectionName = "replies";

    private readonly ILiteCollection<ReplyDocument> _replies;
    private readonly Lock _gate = new();

    public LiteDbReplyLog(ILiteDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _replies = database.GetCollection<ReplyDocument>(CollectionName);
        _replies.EnsureIndex(r => r.WrittenMs);
    }

    public Task RecordAsync(ReplyRecord reply, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentException.ThrowIfNullOrWhiteSpace(reply.Id);
        lock (_gate)
        {
            var existing = _replies.FindById(reply.Id);
            if (existing is null)
            {
                _replies.Insert(ReplyDocument.From(reply));
            }
            else if (reply.SentBy is not null && existing.SentBy is null)
            {
                existing.SentBy = reply.SentBy;
                existing.SentMs = (reply.SentAt ?? reply.WrittenAt).ToUnixTimeMilliseconds();
                _replies.Update(existing);
            }
        }

        return Task.CompletedTask;
    }

    public Task MarkSentAsync(ReplyRecord written, string sentBy, DateTimeOffset sentAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(written);
        ArgumentException.ThrowIfNullOrWhiteSpace(sentBy);
        return RecordAsync(written with { SentBy = sentBy, SentAt = sentAt }, cancellationToken);
    }

    public Task<IReadOnlyList<ReplyRecord>> ListAsync(DateTimeOffset? since = null, CancellationToken cancellationToken = default)
    {
        var from = since?.ToUnixTimeMilliseconds() ?? long.MinValue;
        return Task.FromResult<IReadOnlyList<ReplyRecord>>(
            [.. _replies.Find(r => r.WrittenMs >= from).OrderBy(r => r.WrittenMs).Select(r => r.ToRecord())]);
    }

    /// <summary>The stored shape; times are Unix milliseconds so LiteDB never shifts time zones.</summary>
    internal sealed class ReplyDocument
    {
        [BsonId]
        public string Id { get; set; } = "";
        public string Contact { get; set; } = "";
        public long WrittenMs { get; set; }
        public string Provider { get; set; } = "";
        public bool Fallback { get; set; }
        public int Calls { get; set; }
        public int FailedCalls { get; set; }
        public string? SentBy { get; set; }
        public long? SentMs { get; set; }

        public static ReplyDocument From(ReplyRecord r) => new()
        {
            Id = r.Id, Contact = r.Contact, WrittenMs = r.WrittenAt.ToUnixTimeMilliseconds(), Provider = r.Provider, Fallback = r.Fallback,
            Calls = r.Calls, FailedCalls = r.FailedCalls, SentBy = r.SentBy, SentMs = r.SentBy is null ? null : (r.SentAt ?? r.WrittenAt).ToUnixTimeMilliseconds(),
        };

        public ReplyRecord ToRecord() => new()
        {
            Id = Id, Contact = Contact, WrittenAt = DateTimeOffset.FromUnixTimeMilliseconds(WrittenMs), Provider = Provider, Fallback = Fallback,
            Calls = Calls, FailedCalls = FailedCalls, SentBy = SentBy, SentAt = SentMs is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null,
        };
    }
}
