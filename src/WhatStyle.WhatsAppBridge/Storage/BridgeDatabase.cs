using LiteDB;

namespace WhatStyle.WhatsAppBridge.Storage;

/// <summary>
/// The bridge's own durable store, <c>&lt;data-dir&gt;/bridge.db</c>: messages, chats, outbox, statuses, events, the
/// media-id cache and how far the inbox log has been processed. Kept apart from the profile database so background
/// work never waits on the CLI; the webhook path itself writes only to the <see cref="Inbox.InboxLog"/>.
/// </summary>
internal sealed class BridgeDatabase : IDisposable
{
    public const string FileName = WhatStyle.Tools.Storage.BridgeFiles.DatabaseFile;

    private readonly LiteDatabase _database;

    public BridgeDatabase(string dataDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        Directory.CreateDirectory(dataDirectory);
        var mapper = new BsonMapper();
        mapper.EnumAsInteger = false;
        _database = new LiteDatabase(new ConnectionString
        {
            Filename = Path.Combine(dataDirectory, FileName),
            Connection = ConnectionType.Direct,
        }, mapper);

        Cursors = _database.GetCollection<CursorRecord>("cursors");
        Messages = _database.GetCollection<MessageRecord>("messages");
        Messages.EnsureIndex(m => m.Chat);
        Messages.EnsureIndex(m => m.State);
        Chats = _database.GetCollection<ChatRecord>("chats");
        Chats.EnsureIndex(c => c.DueKey);
        Outbox = _database.GetCollection<OutboxItem>("outbox");
        Outbox.EnsureIndex(o => o.State);
        Outbox.EnsureIndex(o => o.Wamid);
        Outbox.EnsureIndex(o => o.QueueKey);
        Outbox.EnsureIndex(o => o.WaitingFor);
        Statuses = _database.GetCollection<StatusRecord>("statuses");
        Events = _database.GetCollection<EventRecord>("events", BsonAutoId.Int64);
        Media = _database.GetCollection<MediaRecord>("media");
        InboxDeadLetters = _database.GetCollection<InboxDeadLetter>("inbox_dead_letters");
    }

    /// <summary>Named positions, e.g. how far the inbox log has been processed.</summary>
    public ILiteCollection<CursorRecord> Cursors { get; }
    public ILiteCollection<MessageRecord> Messages { get; }
    public ILiteCollection<ChatRecord> Chats { get; }
    public ILiteCollection<OutboxItem> Outbox { get; }
    public ILiteCollection<StatusRecord> Statuses { get; }
    public ILiteCollection<EventRecord> Events { get; }
    public ILiteCollection<MediaRecord> Media { get; }

    /// <summary>Inbox records set aside after failing every attempt, with their bodies.</summary>
    public ILiteCollection<InboxDeadLetter> InboxDeadLetters { get; }

    /// <summary>A collection as raw documents (start-up upgrades of data written by earlier versions).</summary>
    public ILiteCollection<BsonDocument> Raw(string name) => _database.GetCollection(name);

    public bool DropCollection(string name) => _database.DropCollection(name);

    /// <summary>Runs <paramref name="work"/> in one transaction. No awaits inside: LiteDB binds transactions to the thread.</summary>
    public T InTransaction<T>(Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        _database.BeginTrans();
        try
        {
            var result = work();
            _database.Commit();
            return result;
        }
        catch
        {
            _database.Rollback();
            throw;
        }
    }

    public void Dispose() => _database.Dispose();
}
