using WhatStyle.Storage.Postgres;
using WhatStyle.Storage.Postgres.Stores;
using WhatStyle.Tools.Events;
using WhatStyle.WhatsAppBridge.Storage.State;

namespace WhatStyle.WhatsAppBridge.Storage.Postgres;

/// <summary>
/// The bridge's state on PostgreSQL (Storage:Provider = postgres; tables of migration step 5), shared by every bridge of
/// one account (<see cref="Channels.ChannelAccount"/>; bridges of other numbers on the same database see none of it): a message id is stored once whichever bridge receives it, a chat is answered by the one bridge holding
/// its lease, an outbox item is begun (and so sent) by one bridge. Each bridge reads its own rows of the inbox
/// (<see cref="PostgresInboxLog"/>: a webhook is acknowledged once committed there) and keeps its position in it, by its
/// <see cref="BridgeHolder"/>; a dead bridge's rows are moved to a live one.
/// </summary>
internal sealed class PostgresBridgeState : IBridgeState
{
    /// <summary>
    /// How long a claimed chat stays this bridge's: longer than one reply takes (the agent's whole provider chain), short
    /// enough that a dead bridge's chats are answered by another soon. A bridge restarted on its data directory drops its
    /// old leases at once (<see cref="ReleaseOwnClaims"/>).
    /// </summary>
    public static readonly TimeSpan DefaultChatLease = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How long a bridge counts as alive after renewing its lease (<see cref="BridgeHolderLease"/> renews it every third
    /// of this): once it runs out, another bridge settles the sends the dead one left on the wire.
    /// </summary>
    public static readonly TimeSpan DefaultHolderLease = TimeSpan.FromSeconds(30);

    private readonly PostgresSession _session;
    private readonly PostgresChatRecords _chats;
    private readonly string _account;

    /// <param name="account">The number this bridge sends as (<see cref="Channels.ChannelAccount.Of"/>).</param>
    public PostgresBridgeState(
        PostgresConnectionSource source, string account, BridgeHolder holder, StorageStatus status, TimeSpan? chatLease = null, TimeSpan? holderLease = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(account);
        ArgumentNullException.ThrowIfNull(holder);
        Holder = holder;
        _account = account;
        HolderLease = holderLease ?? DefaultHolderLease;
        _session = new PostgresSession(source, status);
        _chats = new PostgresChatRecords(_session, account, holder, chatLease ?? DefaultChatLease);
        Messages = new PostgresMessageRecords(_session, account);
        Outbox = new PostgresOutboxRecords(_session, account, holder);
        Statuses = new PostgresStatusRecords(_session, account);
        Cursors = new PostgresCursorRecords(_session, holder);
        Retention = new PostgresRetentionRecords(_session, account);
        InboxDeadLetters = new PostgresInboxDeadLetterRecords(_session, account, holder);
        Inbox = new PostgresInboxLog(_session, account, holder);
    }

    /// <summary>This bridge's inbox: its accepted webhooks, in the same transactions as the rest of this state.</summary>
    public PostgresInboxLog Inbox { get; }

    public BridgeHolder Holder { get; }

    public TimeSpan HolderLease { get; }

    public IMessageRecords Messages { get; }

    public IChatRecords Chats => _chats;

    public IOutboxRecords Outbox { get; }

    public IStatusRecords Statuses { get; }

    public ICursorRecords Cursors { get; }

    public IRetentionRecords Retention { get; }

    public IInboxDeadLetterRecords InboxDeadLetters { get; }

    public T InTransaction<T>(Func<T> work) => _session.Transaction(work);

    public T Atomically<T>(Func<T> work) => _session.Transaction(work);

    public void ReleaseOwnClaims() => _chats.ReleaseAll();

    /// <summary>
    /// Records a bridge event in PostgreSQL's <c>event_outbox</c> (drained with the domain's events), inside the
    /// transaction open on this thread: a change that rolls back leaves no event, and a replayed change that stores
    /// nothing new records none.
    /// </summary>
    public void RecordEvent(OutboxEvent outboxEvent) => _session.Run((c, t) =>
    {
        PostgresEventOutboxRows.Append(c, t, outboxEvent);
        return 0;
    });

    /// <summary>This bridge is alive for another <see cref="HolderLease"/>, on the server's clock.</summary>
    public void RenewHolderLease() => _session.Run((c, t) =>
    {
        using var command = PostgresSession.Command(c, t, """
            INSERT INTO bridge_holders (holder, account, lease_until) VALUES (@holder, @account, now() + @lease)
            ON CONFLICT (holder) DO UPDATE SET account = excluded.account, lease_until = excluded.lease_until
            """, ("holder", Holder.Id), ("account", _account), ("lease", HolderLease));
        return command.ExecuteNonQuery();
    });
}
