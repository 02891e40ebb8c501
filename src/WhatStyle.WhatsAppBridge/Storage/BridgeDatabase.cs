using LiteDB;
using WhatStyle.Tools.Storage;

namespace WhatStyle.WhatsAppBridge.Storage;

/// <summary>
/// The bridge's own durable store, <c>&lt;data-dir&gt;/bridge.db</c>: messages, chats, outbox, statuses, events, the
/// media-id cache and how far the inbox log has been processed. Kept apart from the profile database so background
/// work never waits on the CLI; the webhook path itself writes only to the <see cref="Inbox.InboxLog"/>.
/// A failed write (full disk, read-only mount, permissions) never wedges it: the LiteDB engine that saw the failure is
/// abandoned with every lock it held (see <see cref="DatabaseGeneration"/>), callers get a
/// <see cref="StorageUnavailableException"/> (an outage: they back off without spending attempts), and the next call after a
/// short backoff opens bridge.db afresh, so work resumes by itself once the cause is gone.
/// </summary>
internal sealed class BridgeDatabase : IDisposable
{
    public const string FileName = WhatStyle.Tools.Storage.BridgeFiles.DatabaseFile;

    private static readonly TimeSpan MaxReopenDelay = TimeSpan.FromSeconds(2);

    // The generation a transaction runs on, for the thread running it: a reopen in the middle of a transaction must not
    // send the rest of its writes to the new generation outside the transaction.
    [ThreadStatic]
    private static DatabaseGeneration? t_pinned;

    private readonly string _path;
    private readonly BsonMapper _mapper;
    private readonly StorageFaults _faults;
    private readonly StorageStatus _status;
    private readonly TimeProvider _time;
    private readonly Lock _reopenGate = new();
    private volatile DatabaseGeneration _current;
    private DateTimeOffset _nextReopenAt;
    private int _reopenFailures;
    private readonly string? _password;

    public BridgeDatabase(string dataDirectory)
        : this(dataDirectory, new StorageFaults(), new StorageStatus(TimeProvider.System), TimeProvider.System)
    {
    }

    /// <param name="password">Storage:Password: when set, bridge.db and its log file are AES-encrypted (LiteDB's own encryption).</param>
    public BridgeDatabase(string dataDirectory, StorageFaults faults, StorageStatus status, TimeProvider time, string? password = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        Directory.CreateDirectory(dataDirectory);
        _path = Path.Combine(dataDirectory, FileName);
        _faults = faults;
        _status = status;
        _time = time;
        _password = string.IsNullOrEmpty(password) ? null : password;
        _mapper = new BsonMapper { EnumAsInteger = false };
        try
        {
            _current = OpenGeneration();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw BridgeStorageErrors.ForStartup(_path, ex);
        }
    }

    /// <summary>Named positions, e.g. how far the inbox log has been processed.</summary>
    public ILiteCollection<CursorRecord> Cursors => Current.Cursors;
    public ILiteCollection<MessageRecord> Messages => Current.Messages;
    public ILiteCollection<ChatRecord> Chats => Current.Chats;
    public ILiteCollection<OutboxItem> Outbox => Current.Outbox;
    public ILiteCollection<StatusRecord> Statuses => Current.Statuses;
    public ILiteCollection<EventRecord> Events => Current.Events;
    public ILiteCollection<MediaRecord> Media => Current.Media;

    /// <summary>Inbox records set aside after failing every attempt, with their bodies.</summary>
    public ILiteCollection<InboxDeadLetter> InboxDeadLetters => Current.InboxDeadLetters;

    /// <summary>The database of the current generation (inside <see cref="InTransaction{T}"/>, the transaction's own).</summary>
    public ILiteDatabase Database => Current.Database;

    /// <summary>A collection as raw documents (start-up upgrades of data written by earlier versions).</summary>
    public ILiteCollection<BsonDocument> Raw(string name) => Current.Database.GetCollection(name);

    public bool DropCollection(string name) => Current.Database.DropCollection(name);

    /// <summary>Runs <paramref name="work"/> in one transaction. No awaits inside: LiteDB binds transactions to the thread.</summary>
    public T InTransaction<T>(Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var generation = Current;
        var outer = t_pinned;
        t_pinned = generation;
        try
        {
            generation.Database.BeginTrans();
            try
            {
                var result = work();
                generation.Database.Commit();
                return result;
            }
            catch (Exception ex)
            {
                try
                {
                    generation.Database.Rollback();
                }
#pragma warning disable CA1031 // After a failed write LiteDB's rollback fails too ("page must be writable"); the original failure is the one to report.
                catch (Exception)
#pragma warning restore CA1031
                {
                    generation.Poison(ex);
                }

                if (IsEngineFault(ex))
                {
                    generation.Poison(ex);
                }

                throw;
            }
        }
        finally
        {
            t_pinned = outer;
        }
    }

    /// <summary>The generation to use now: the transaction's own, else the current one, reopened first if it is poisoned.</summary>
    private DatabaseGeneration Current
    {
        get
        {
            if (t_pinned is { } pinned && ReferenceEquals(pinned.Owner, this))
            {
                return pinned;
            }

            var current = _current;
            return current.Poisoned ? Reopen(current) : current;
        }
    }

    private DatabaseGeneration Reopen(DatabaseGeneration poisoned)
    {
        lock (_reopenGate)
        {
            if (!ReferenceEquals(_current, poisoned))
            {
                return _current;
            }

            var now = _time.GetUtcNow();
            if (now < _nextReopenAt)
            {
                throw new StorageUnavailableException($"bridge.db is being reopened after a failed write ({poisoned.PoisonedBy}).");
            }

            poisoned.Abandon();
            try
            {
                _current = OpenGeneration();
                _reopenFailures = 0;
                return _current;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or LiteException)
            {
                _reopenFailures++;
                var delay = TimeSpan.FromMilliseconds(Math.Min(100 * Math.Pow(2, _reopenFailures), MaxReopenDelay.TotalMilliseconds));
                _nextReopenAt = now + delay;
                _status.Failed(ex.GetType().Name);
                throw new StorageUnavailableException($"bridge.db could not be reopened ({ex.GetType().Name}); trying again shortly.", ex);
            }
        }
    }

    private DatabaseGeneration OpenGeneration()
    {
        var generation = new DatabaseGeneration(this, _path, _mapper, _faults, _status, _password);
        try
        {
            // Before any write: a bridge.db from a newer WhatStyle is refused (upgrade), not written with older rules.
            StoreSchema.Check(generation.Database, _path, StoreSchema.BridgeDatabase);
        }
        catch
        {
            generation.Dispose();
            throw;
        }

        generation.Messages.EnsureIndex(m => m.Chat);
        generation.Messages.EnsureIndex(m => m.State);
        generation.Messages.EnsureIndex(m => m.LearnQueue);
        generation.Chats.EnsureIndex(c => c.DueKey);
        generation.Outbox.EnsureIndex(o => o.State);
        generation.Outbox.EnsureIndex(o => o.Wamid);
        generation.Outbox.EnsureIndex(o => o.QueueKey);
        generation.Outbox.EnsureIndex(o => o.WaitingFor);
        return generation;
    }

    /// <summary>LiteDB's own signs of an engine left broken by an earlier failure.</summary>
    private static bool IsEngineFault(Exception ex) =>
        ex is LiteException lite && (lite.Message.Contains("must be writable", StringComparison.Ordinal)
            || lite.Message.Contains("maximum", StringComparison.OrdinalIgnoreCase) && lite.Message.Contains("transaction", StringComparison.OrdinalIgnoreCase));

    public void Dispose() => _current.Dispose();
}
