using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WhatStyle.Tools.Events;
using WhatStyle.WhatsAppBridge.Inbox;
using WhatStyle.WhatsAppBridge.Replies;
using WhatStyle.WhatsAppBridge.Sending;
using WhatStyle.WhatsAppBridge.Storage;
using WhatStyle.WhatsAppBridge.Storage.Postgres;
using WhatStyle.WhatsAppBridge.Tests.Storage.State;
using WhatStyle.WhatsAppBridge.Webhooks;

namespace WhatStyle.WhatsAppBridge.Tests.Storage.Postgres;

/// <summary>
/// Under PostgreSQL the bridge's events go into <c>event_outbox</c> in the transaction of the change they report (not
/// into bridge.db after it): a rolled-back inbox batch records nothing, and its replay records each message once.
/// </summary>
public sealed class PostgresBridgeEventsTests : PostgresBridgeFixture
{
    private readonly string _directory = Directory.CreateTempSubdirectory("whatstyle-pg-events-").FullName;
    private readonly List<BridgeDatabase> _databases = [];

    [Fact]
    public async Task Ingest_BatchRolledBackThenReplayed_RecordsMessageReceivedOnce()
    {
        var (state, events, _, ledger) = Bridge("bridge-a");

        // The batch fails after storing the message (e.g. the process is stopped before the commit): nothing is kept.
        Assert.Throws<InvalidOperationException>(() => ledger.InBatch<bool>(() =>
        {
            Assert.True(ledger.Ingest(Inbound("wamid.1")));
            throw new InvalidOperationException("the batch fails before its commit");
        }));
        Assert.Equal(0, await EventsAsync(EventTypes.MessageReceived));
        Assert.Null(state.Messages.Find("wamid.1"));

        // The inbox log replays the batch, and a second bridge receives the same webhook: one message, one event.
        Assert.True(ledger.InBatch(() => ledger.Ingest(Inbound("wamid.1"))));
        Assert.False(ledger.InBatch(() => ledger.Ingest(Inbound("wamid.1"))));
        var (_, _, _, other) = Bridge("bridge-b");
        Assert.False(other.InBatch(() => other.Ingest(Inbound("wamid.1"))));

        Assert.Equal(1, await EventsAsync(EventTypes.MessageReceived));
        Assert.Equal(0, await events.Outbox.CountAsync(TestContext.Current.CancellationToken)); // Nothing in bridge.db.
    }

    [Fact]
    public async Task MarkSent_ChangeRolledBack_RecordsNoMessageSent()
    {
        var (state, events, outbox, _) = Bridge("bridge-a");
        Assert.True(events.InStateTransaction);
        outbox.AddNew([BridgeStateContract.Item("reply:w1:text", "491")]);
        Assert.Single(outbox.TryBeginSends([outbox.Find("reply:w1:text")!]));

        Assert.Throws<InvalidOperationException>(() => state.InTransaction<bool>(() =>
        {
            outbox.MarkSent("reply:w1:text", "wamid.out1");
            throw new InvalidOperationException("rolled back");
        }));
        Assert.Equal(OutboxState.Sending, outbox.Find("reply:w1:text")!.State);
        Assert.Equal(0, await EventsAsync(EventTypes.MessageSent));

        outbox.MarkSent("reply:w1:text", "wamid.out1");
        outbox.MarkSent("reply:w1:text", "wamid.out1"); // Already sent: no change, no second event.
        Assert.Equal(1, await EventsAsync(EventTypes.MessageSent));
    }

    [Fact]
    public async Task DeadLetter_OnPostgres_RecordsMessageFailedWithTheChange()
    {
        var (_, _, outbox, _) = Bridge("bridge-a");
        outbox.AddNew([BridgeStateContract.Item("reply:w2:text", "492")]);

        outbox.DeadLetter("reply:w2:text", 131026, "Message undeliverable.");

        Assert.Equal(1, await EventsAsync(EventTypes.MessageFailed));
        Assert.Equal(1, await ScalarAsync("SELECT count(*) FROM event_outbox WHERE data LIKE '%\"error_code\":131026%'"));
    }

    public override async ValueTask DisposeAsync()
    {
        foreach (var database in _databases)
        {
            database.Dispose();
        }

        Directory.Delete(_directory, recursive: true);
        await base.DisposeAsync();
    }

    private (PostgresBridgeState State, BridgeEvents Events, Outbox Outbox, MessageLedger Ledger) Bridge(string holder)
    {
        var state = NewState(holder);
        var database = new BridgeDatabase(Path.Combine(_directory, holder));
        _databases.Add(database);
        var events = new BridgeEvents(database, state, Options.Create(new EventsOptions { Provider = EventsOptions.Nats, Source = holder }),
            TimeProvider.System, NullLogger<BridgeEvents>.Instance);
        var outbox = new Outbox(state, TimeProvider.System, new BridgeSignals(), events);
        var policy = new ServiceCollection().AddOptions().BuildServiceProvider().GetRequiredService<IOptionsMonitor<ReplyPolicyOptions>>();
        var ledger = new MessageLedger(state, outbox, TimeProvider.System, policy, NullLogger<MessageLedger>.Instance, events);
        return (state, events, outbox, ledger);
    }

    private Task<long> EventsAsync(string type) => ScalarAsync($"SELECT count(*) FROM event_outbox WHERE type = '{type}'");

    private static InboundMessage Inbound(string id) => new()
    {
        Id = id, Type = "text", From = "491", PhoneNumberId = "1555", Text = "hello", Raw = "{}", Timestamp = DateTimeOffset.UtcNow,
    };
}
