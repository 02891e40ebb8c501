using LiteDB;
using WhatStyle.Storage.Postgres;
using WhatStyle.WhatsAppBridge.Inbox;
using WhatStyle.WhatsAppBridge.Sending;
using static WhatStyle.WhatsAppBridge.Storage.Postgres.PostgresSession;

namespace WhatStyle.WhatsAppBridge.Storage.Postgres.Adoption;

/// <summary>
/// Copies bridge.db's state (messages, chats, outbox, statuses, the inbox position) into the account's bridge_* tables
/// when a bridge starts on PostgreSQL for the first time, before any worker runs, so nothing it had not finished is lost:
/// pending replies are sent, sends of unknown outcome stay unknown, stored message ids still drop a retried webhook, and
/// chats in their burst window are answered when it ends.
/// </summary>
/// <remarks>
/// Each collection is read in LiteDB's _id order, <see cref="DefaultBatchSize"/> documents per PostgreSQL transaction that
/// also moves its checkpoint (<c>copy_progress</c>, as <c>whatstyle migrate</c>'s), so a copy stopped anywhere resumes
/// after its last committed batch. A row PostgreSQL already has is kept (a message or outbox id another bridge of the
/// account stored is its); chats are merged (<see cref="ChatMerge"/>) and a status keeps the better rank
/// (<see cref="StatusRank"/>). An outbox item stays in its state: one <see cref="OutboxState.Sending"/> is held by this
/// bridge (its <see cref="BridgeHolder"/>), so the sender's start turns it <see cref="OutboxState.Unconfirmed"/> exactly
/// as after a crash. At the end bridge.db is marked (<see cref="AdoptionMark"/>): never copied twice.
/// </remarks>
internal sealed class BridgeStateAdoption
{
    public const int DefaultBatchSize = 500;

    private const string AfterText = "_id > @0";

    private readonly BridgeDatabase _lite;
    private readonly PostgresSession _session;
    private readonly string _account;
    private readonly BridgeHolder _holder;
    private readonly TimeProvider _time;
    private readonly int _batchSize;
    private readonly PostgresMessageRecords _messages;
    private readonly PostgresChatRecords _chats;
    private readonly PostgresOutboxRecords _outbox;
    private readonly PostgresStatusRecords _statuses;
    private readonly PostgresCursorRecords _cursors;
    private readonly PostgresInboxDeadLetterRecords _deadLetters;

    public BridgeStateAdoption(
        BridgeDatabase lite, PostgresConnectionSource source, string account, BridgeHolder holder, StorageStatus status, TimeProvider time, int batchSize = DefaultBatchSize)
    {
        ArgumentNullException.ThrowIfNull(lite);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(account);
        ArgumentNullException.ThrowIfNull(holder);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        _lite = lite;
        _session = new PostgresSession(source, status);
        _account = account;
        _holder = holder;
        _time = time;
        _batchSize = batchSize;
        _messages = new PostgresMessageRecords(_session, account);
        _chats = new PostgresChatRecords(_session, account, holder, PostgresBridgeState.DefaultChatLease);
        _outbox = new PostgresOutboxRecords(_session, account, holder);
        _statuses = new PostgresStatusRecords(_session, account);
        _cursors = new PostgresCursorRecords(_session, holder);
        _deadLetters = new PostgresInboxDeadLetterRecords(_session, account, holder);
    }

    /// <summary>Copies what is left to copy and marks bridge.db; does nothing when it is marked already.</summary>
    /// <exception cref="StorageUnavailableException">PostgreSQL could not be used: what was committed stays, the next run resumes.</exception>
    public AdoptionOutcome Run(IProgress<AdoptionProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (AdoptionMark.Find(_lite) is not null)
        {
            return AdoptionOutcome.AlreadyAdopted;
        }

        var cursor = _lite.Cursors.FindById(InboxCursorName);
        if (cursor is null && _lite.Messages.LongCount() == 0 && _lite.Chats.LongCount() == 0 && _lite.Outbox.LongCount() == 0
            && _lite.Statuses.LongCount() == 0 && _lite.InboxDeadLetters.LongCount() == 0)
        {
            return AdoptionOutcome.NothingToCopy;
        }

        if (!Started() && _session.Run((_, _) => _cursors.Find(InboxCursorName)) is not null)
        {
            // This data directory's bridge already worked on PostgreSQL (its inbox position is there) and no copy was ever
            // begun: bridge.db is from before that switch, and PostgreSQL has moved past it. Copying now would send its old
            // pending replies late, so it is only marked, never copied.
            AdoptionMark.Write(_lite, new AdoptionMark { Account = _account, Holder = _holder.Id, AdoptedAtMs = _time.GetUtcNow().ToUnixTimeMilliseconds() });
            return AdoptionOutcome.AlreadyOnPostgres;
        }

        // Messages before chats: a chat is pending on PostgreSQL only if a pending message of it is there.
        var mark = new AdoptionMark { Account = _account, Holder = _holder.Id };
        mark.Messages = Copy(Stores.Messages, _lite.Messages, m => m.Id, CopyMessage, progress, cancellationToken);
        mark.Chats = Copy(Stores.Chats, _lite.Chats, c => c.Id, CopyChat, progress, cancellationToken);
        mark.Outbox = Copy(Stores.Outbox, _lite.Outbox, o => o.Id, CopyOutboxItem, progress, cancellationToken);
        mark.Statuses = Copy(Stores.Statuses, _lite.Statuses, s => s.Id, CopyStatus, progress, cancellationToken);
        // Set aside before the switch: kept (never overwriting one PostgreSQL has) so the owner can still retry or dismiss them.
        mark.DeadLetters = Copy(Stores.DeadLetters, _lite.InboxDeadLetters, d => d.Id, d => _deadLetters.TryInsert(d), progress, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        if (cursor is not null)
        {
            // This bridge's position in its own inbox log (which stays in the data directory): kept if PostgreSQL has one.
            _session.Transaction(() => _cursors.Find(InboxCursorName) is null ? CopyCursor(cursor) : false);
        }

        mark.AdoptedAtMs = _time.GetUtcNow().ToUnixTimeMilliseconds();
        AdoptionMark.Write(_lite, mark);
        return AdoptionOutcome.Adopted;
    }

    /// <summary>
    /// True when a copy of this data directory was begun before (a checkpoint of any of its collections). By prefix, not
    /// LIKE: an account or holder may contain '_', which LIKE would read as any character.
    /// </summary>
    private bool Started() => _session.Run((c, t) =>
    {
        using var command = Command(c, t, "SELECT EXISTS (SELECT 1 FROM copy_progress WHERE starts_with(store, @prefix))", ("prefix", CheckpointKey("")));
        return (bool)command.ExecuteScalar()!;
    });

    /// <summary>The <c>copy_progress</c> key of one of this data directory's collections.</summary>
    internal string CheckpointKey(string store) => $"bridge.db:{_account}:{_holder.Id}:{store}";

    private const string InboxCursorName = WhatStyle.Tools.Storage.BridgeFiles.InboxCursorId;

    private long Copy<T>(
        string store, ILiteCollection<T> collection, Func<T, string> idOf, Action<T> copyOne, IProgress<AdoptionProgress>? progress, CancellationToken cancellationToken)
    {
        var total = collection.LongCount();
        var key = CheckpointKey(store);
        var (after, copied) = ReadCheckpoint(key);
        progress?.Report(new AdoptionProgress(store, copied, Math.Max(total, copied)));
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var query = collection.Query();
            if (after is not null)
            {
                query = query.Where(BsonExpression.Create(AfterText, new BsonValue(after)));
            }

            var batch = query.OrderBy("_id").Limit(_batchSize).ToList();
            if (batch.Count == 0)
            {
                return copied;
            }

            var last = idOf(batch[^1]);
            _session.Transaction(() =>
            {
                foreach (var document in batch)
                {
                    copyOne(document);
                }

                SaveCheckpoint(key, last, batch.Count);
                return batch.Count;
            });
            after = last;
            copied += batch.Count;
            progress?.Report(new AdoptionProgress(store, copied, Math.Max(total, copied)));
            if (batch.Count < _batchSize)
            {
                return copied;
            }
        }
    }

    // LiteDB reads an empty string back as null; the key columns are NOT NULL.
    private void CopyMessage(MessageRecord message)
    {
        message.Chat ??= "";
        _messages.TryInsert(message);
    }

    private void CopyChat(ChatRecord chat)
    {
        var existing = _chats.Find(chat.Id);
        var merged = ChatMerge.Of(existing, chat, chat.HasPending && _messages.AnyPendingIn(chat.Id));
        if (existing is null)
        {
            _chats.Upsert(merged);
        }
        else
        {
            _chats.Update(merged);
        }
    }

    private void CopyOutboxItem(OutboxItem item)
    {
        item.To ??= "";
        _outbox.TryInsert(Outbox.WithKeys(item));
    }

    private void CopyStatus(StatusRecord status)
    {
        status.Status ??= "";
        var existing = _statuses.Find(status.Id);
        if (existing is null || StatusRank.Of(existing.Status) < StatusRank.Of(status.Status))
        {
            status.OutboxId ??= existing?.OutboxId;
            status.RecipientId ??= existing?.RecipientId;
            _statuses.Upsert(status);
        }
    }

    private bool CopyCursor(CursorRecord cursor)
    {
        _cursors.Upsert(new CursorRecord { Id = InboxCursorName, Segment = cursor.Segment, Offset = cursor.Offset });
        return true;
    }

    private (string? After, long Copied) ReadCheckpoint(string key) => _session.Run((c, t) =>
    {
        using var command = Command(c, t, "SELECT last_id, copied FROM copy_progress WHERE store = @store", ("store", key));
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetString(0), reader.GetInt64(1)) : ((string?)null, 0L);
    });

    private void SaveCheckpoint(string key, string lastId, int copied) => _session.Run((c, t) =>
    {
        using var command = Command(c, t, """
            INSERT INTO copy_progress (store, last_id, copied) VALUES (@store, @last, @copied)
            ON CONFLICT (store) DO UPDATE SET last_id = excluded.last_id, copied = copy_progress.copied + excluded.copied
            """, ("store", key), ("last", lastId), ("copied", (long)copied));
        return command.ExecuteNonQuery();
    });

    /// <summary>The collections copied, by the names progress reports and checkpoints use.</summary>
    internal static class Stores
    {
        public const string Messages = "messages";
        public const string Chats = "chats";
        public const string Outbox = "outbox";
        public const string Statuses = "statuses";
        public const string DeadLetters = "inbox_dead_letters";
    }
}
