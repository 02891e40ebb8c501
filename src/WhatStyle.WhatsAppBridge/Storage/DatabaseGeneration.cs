using LiteDB;
using LiteDB.Engine;

namespace WhatStyle.WhatsAppBridge.Storage;

/// <summary>
/// One opening of bridge.db: a LiteDB engine over two <see cref="GuardedFileStream"/>s (data and log) and its
/// collections. After a failed write it is <see cref="Poisoned"/>: LiteDB 5 leaves the failed transaction's pages and
/// locks behind (a later rollback fails with "page must be writable", later writers wait for ever or hit "maximum
/// transactions"), so <see cref="BridgeDatabase"/> abandons it whole and opens a new one from the files, which hold every
/// committed transaction.
/// </summary>
internal sealed class DatabaseGeneration : IDisposable
{
    private readonly GuardedFileStream _data;
    private readonly GuardedFileStream _log;
    private readonly LiteEngine _engine = null!;
    private volatile string? _poisonedBy;

    public DatabaseGeneration(BridgeDatabase owner, string path, BsonMapper mapper, StorageFaults faults, StorageStatus status, string? password = null)
    {
        Owner = owner;
        _data = Open(path, faults, status);
        try
        {
            _log = Open(WhatStyle.Tools.Storage.BridgeFiles.LiteLogFileOf(path), faults, status);
            _engine = new LiteEngine(new EngineSettings { DataStream = _data, LogStream = _log, Password = password });
            Database = new LiteDatabase(_engine, mapper);
            // Waits for a lock end after this long (LiteDB's default is a minute): a worker waiting on a lock that an
            // abandoned generation will never release gets its timeout, an outage it retries, soon enough.
            Database.Timeout = TimeSpan.FromSeconds(5);
        }
        catch
        {
            _log?.Dispose();
            _data.Dispose();
            throw;
        }

        Cursors = Database.GetCollection<CursorRecord>(WhatStyle.Tools.Storage.BridgeFiles.CursorsCollection);
        Messages = Database.GetCollection<MessageRecord>("messages");
        Chats = Database.GetCollection<ChatRecord>("chats");
        Outbox = Database.GetCollection<OutboxItem>("outbox");
        Statuses = Database.GetCollection<StatusRecord>("statuses");
        Events = Database.GetCollection<EventRecord>("events", BsonAutoId.Int64);
        Media = Database.GetCollection<MediaRecord>("media");
        InboxDeadLetters = Database.GetCollection<InboxDeadLetter>("inbox_dead_letters");
    }

    public BridgeDatabase Owner { get; }
    public LiteDatabase Database { get; }
    public ILiteCollection<CursorRecord> Cursors { get; }
    public ILiteCollection<MessageRecord> Messages { get; }
    public ILiteCollection<ChatRecord> Chats { get; }
    public ILiteCollection<OutboxItem> Outbox { get; }
    public ILiteCollection<StatusRecord> Statuses { get; }
    public ILiteCollection<EventRecord> Events { get; }
    public ILiteCollection<MediaRecord> Media { get; }
    public ILiteCollection<InboxDeadLetter> InboxDeadLetters { get; }

    /// <summary>Why this generation can no longer be trusted (the failure's type), or null.</summary>
    public string? PoisonedBy => _poisonedBy;

    public bool Poisoned => _poisonedBy is not null;

    public void Poison(Exception cause) => _poisonedBy ??= cause.GetType().Name;

    /// <summary>Closes the files under the engine without asking it (it may wait for locks it will never get, or write).</summary>
    public void Abandon()
    {
        _data.Revoke();
        _log.Revoke();
        EngineFinalizers.Suppress(_engine);
        // Again once every worker that was waiting on the abandoned engine's locks has had its lock timeout and left.
        _ = Task.Delay(TimeSpan.FromSeconds(15)).ContinueWith(_ => EngineFinalizers.Suppress(_engine), TaskScheduler.Default);
    }

    /// <summary>
    /// A clean close (checkpoint) when healthy, bounded so a stuck engine cannot hold up shutdown; else abandoned. The
    /// bound outlasts the lock timeout: an engine waiting on a lock has had its answer by then, and an engine still busy
    /// is checkpointing a long log on a loaded machine, which is worth the wait (cut short, it replays at the next open).
    /// </summary>
    public void Dispose()
    {
        if (Poisoned)
        {
            Abandon();
            return;
        }

        var closing = Task.Run(Database.Dispose);
        if (Closed(closing, Database.Timeout + TimeSpan.FromSeconds(1)))
        {
            _data.Dispose();
            _log.Dispose();
            return;
        }

        Abandon();
        // A write that was under way when the files were revoked still ends (the OS handle outlives the revoke); every
        // later call throws at once. Waiting for it means nothing touches the files once this returns.
        Closed(closing, TimeSpan.FromSeconds(1));
    }

    private static bool Closed(Task closing, TimeSpan bound)
    {
        try
        {
            return closing.Wait(bound);
        }
        catch (AggregateException)
        {
            // The close failed (a revoked or failing file): the files hold every committed transaction all the same.
            return false;
        }
    }

    private GuardedFileStream Open(string path, StorageFaults faults, StorageStatus status) =>
        // No FileStream buffer: LiteDB writes whole pages, and a failed write must fail now, not at a later flush.
        new(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, bufferSize: 0), faults, status, Poison);
}
