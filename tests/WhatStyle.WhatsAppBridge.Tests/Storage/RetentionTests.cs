using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WhatStyle.WhatsAppBridge.Inbox;
using WhatStyle.WhatsAppBridge.Storage;
using WhatStyle.WhatsAppBridge.Storage.State;
using WhatStyle.WhatsAppBridge.Tests.Support;

namespace WhatStyle.WhatsAppBridge.Tests.Storage;

/// <summary>Retention prunes finished records past the default 30 days, in the background, and nothing else.</summary>
public sealed class RetentionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FinishedRecordsOlderThanRetention_ArePruned_PendingWorkAndDeadLettersNever()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph, new Dictionary<string, string?> { ["Bridge:RetentionInterval"] = "00:00:00.100" });
        var client = factory.CreateClient();
        var database = factory.Services.GetRequiredService<BridgeDatabase>();
        var old = DateTimeOffset.UtcNow.AddDays(-31).ToUnixTimeMilliseconds();
        var recent = DateTimeOffset.UtcNow.AddDays(-29).ToUnixTimeMilliseconds();

        foreach (var state in new[] { MessageState.Answered, MessageState.Drafted, MessageState.Stored, MessageState.Pending, MessageState.DeadLetter })
        {
            database.Messages.Insert(new MessageRecord { Id = $"old-{state}", Chat = "no-such-chat", State = state, ReceivedAtMs = old });
        }

        database.Messages.Insert(new MessageRecord { Id = "recent-Answered", Chat = "no-such-chat", State = MessageState.Answered, ReceivedAtMs = recent });
        database.Statuses.Insert(new StatusRecord { Id = "old-delivered", Status = "delivered", TimestampMs = old });
        database.Statuses.Insert(new StatusRecord { Id = "old-sent", Status = "sent", TimestampMs = old });
        database.Statuses.Insert(new StatusRecord { Id = "recent-read", Status = "read", TimestampMs = recent });
        database.Outbox.Insert(Outbox("old-sent", OutboxState.Sent, old));
        database.Outbox.Insert(Outbox("old-dead", OutboxState.DeadLetter, old));
        database.Outbox.Insert(Outbox("old-unconfirmed", OutboxState.Unconfirmed, old));
        database.InboxDeadLetters.Insert(new InboxDeadLetter { Id = "inbox:1-0", Body = [1, 2], ReceivedAtMs = old, DeadAtMs = old });

        await Webhook.EventuallyAsync(() => database.Messages.FindById("old-Answered") is null, "the old answered message pruned");
        await Webhook.EventuallyAsync(() => database.Outbox.FindById("old-sent") is null, "the old sent reply pruned");

        Assert.Equal(
            ["old-DeadLetter", "old-Pending", "recent-Answered"],
            database.Messages.FindAll().Select(m => m.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["old-sent", "recent-read"], database.Statuses.FindAll().Select(s => s.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["old-dead", "old-unconfirmed"], database.Outbox.FindAll().Select(o => o.Id).Order(StringComparer.Ordinal));
        Assert.Single(database.InboxDeadLetters.FindAll());
        _ = client;
    }

    [Fact]
    public async Task PruningWhileAReplyCompletes_NeitherWaitsOnTheOther()
    {
        // A reply's completion writes the outbox, then messages, under the chat lock. Pruning that held messages while
        // waiting for the outbox deadlocked with it until LiteDB's one-minute lock timeout.
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph);
        _ = factory.CreateClient();
        var services = factory.Services;
        var database = services.GetRequiredService<BridgeDatabase>();
        var ledger = services.GetRequiredService<MessageLedger>();
        var retention = new Retention(services.GetRequiredService<IBridgeState>(), services.GetRequiredService<IntakePressure>(), TimeProvider.System,
            services.GetRequiredService<IOptionsMonitor<RetentionOptions>>(), NullLogger<Retention>.Instance);
        var old = DateTimeOffset.UtcNow.AddDays(-31).ToUnixTimeMilliseconds();
        database.Messages.Insert(new MessageRecord { Id = "old-answered", Chat = "c", State = MessageState.Answered, ReceivedAtMs = old });
        database.Messages.Insert(new MessageRecord { Id = "being-answered", Chat = "c", State = MessageState.Pending, ReceivedAtMs = old });
        database.Outbox.Insert(Outbox("old-sent", OutboxState.Sent, old));

        using var replyHoldsOutbox = new ManualResetEventSlim();
        var reply = Task.Factory.StartNew(() => ledger.InBatch(() =>
        {
            database.Outbox.Insert(Outbox("reply:being-answered", OutboxState.Pending, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()));
            replyHoldsOutbox.Set();
            Thread.Sleep(500); // Pruning gets to run meanwhile: with one transaction it took messages and waited for the outbox.
            var message = database.Messages.FindById("being-answered");
            message.State = MessageState.Answered;
            return database.Messages.Update(message);
        }), Ct, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var prune = Task.Factory.StartNew(() =>
        {
            replyHoldsOutbox.Wait(Ct);
            return retention.PruneBatch();
        }, Ct, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        var both = Task.WhenAll(reply, prune);
        Assert.Same(both, await Task.WhenAny(both, Task.Delay(TimeSpan.FromSeconds(20), Ct)));
        Assert.True(await reply);
        Assert.Equal(2, await prune);
        Assert.Equal(MessageState.Answered, database.Messages.FindById("being-answered").State);
        Assert.Null(database.Outbox.FindById("old-sent"));
        Assert.NotNull(database.Outbox.FindById("reply:being-answered"));
    }

    private static OutboxItem Outbox(string id, OutboxState state, long createdAtMs) =>
        WhatsAppBridge.Sending.Outbox.WithKeys(new OutboxItem { Id = id, To = "4917000000", State = state, CreatedAtMs = createdAtMs, NextAttemptAtMs = long.MaxValue / 2 });
}
