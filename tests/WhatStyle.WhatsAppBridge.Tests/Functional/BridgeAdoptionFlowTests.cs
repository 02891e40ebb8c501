using Npgsql;
using WhatStyle.WhatsAppBridge.Sending;
using WhatStyle.WhatsAppBridge.Storage;
using WhatStyle.WhatsAppBridge.Tests.Support;

namespace WhatStyle.WhatsAppBridge.Tests.Functional;

/// <summary>
/// A data directory a bridge on LiteDB left mid-work, started with <c>Storage:Provider = postgres</c>: its bridge.db is
/// copied in before any worker runs, and the exactly-once rules hold across the switch. Needs <c>WHATSTYLE_TEST_POSTGRES</c>.
/// </summary>
public sealed class BridgeAdoptionFlowTests : IAsyncLifetime
{
    private const string Answered = "4917400001";
    private const string Waiting = "4917400002";
    private const string OnTheWire = "4917400003";
    private const string InBurst = "4917400004";
    private const string Fresh = "4917400005";

    private string? _schema;
    private string? _connectionString;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Start_OnPostgresOverALiteDbDataDirectory_FinishesItsWorkOnceAndDropsARetriedWebhook()
    {
        Assert.SkipWhen(_connectionString is null, TestPostgres.SkipReason);
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph, new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "postgres",
            ["ConnectionStrings:Postgres"] = _connectionString,
            ["Bridge:BurstWindow"] = "00:00:01",
        });
        var now = TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds();
        SeedLiteDbLeftMidWork(factory.DataDirectory, now);

        var client = factory.CreateClient();

        // The pending reply is sent once; the chat in its burst window is answered once its window ends.
        await Webhook.EventuallyAsync(() => graph.SendsTo("+" + Waiting).Count == 1, "the pending outbox item sent", timeoutSeconds: 30); // Start-up (migrations, the copy) included.
        await Webhook.EventuallyAsync(() => graph.SendsTo("+" + InBurst).Count == 1, "the chat in its burst window answered", timeoutSeconds: 30);
        Assert.Equal("re: are you there?", (string?)graph.SendsTo("+" + InBurst)[0]["text"]?["body"]);

        // WhatsApp retries the webhook of a message the LiteDB bridge had answered: dropped as a duplicate. A fresh message
        // posted after it shows when the inbox got past it.
        await Webhook.PostAsync(client, Webhook.Body([Webhook.Text(Answered, "did you get this?", id: "wamid.stored")]), Ct);
        await Webhook.PostAsync(client, Webhook.Body([Webhook.Text(Fresh, "hello")]), Ct);
        await Webhook.EventuallyAsync(() => graph.SendsTo("+" + Fresh).Count == 1, "the fresh message answered", timeoutSeconds: 30);
        await Task.Delay(500, Ct);

        Assert.Empty(graph.SendsTo("+" + Answered));
        Assert.DoesNotContain(factory.Agent.Calls, c => c.Text == "did you get this?");
        Assert.Single(graph.SendsTo("+" + Waiting));
        Assert.Single(graph.SendsTo("+" + InBurst));
        // The send of unknown outcome is not resent blindly: unconfirmed, waiting for a status webhook.
        Assert.Empty(graph.SendsTo("+" + OnTheWire));
        Assert.Equal((short)OutboxState.Unconfirmed, await ScalarAsync("SELECT state FROM bridge_outbox WHERE id = 'reply:on-the-wire'"));
        Assert.Equal(1L, await ScalarAsync("SELECT count(*) FROM bridge_messages WHERE id = 'wamid.stored'"));
    }

    public async ValueTask InitializeAsync()
    {
        if (TestPostgres.Server is { } server)
        {
            (_schema, _connectionString) = await TestPostgres.CreateSchemaAsync(server, "ws_bridge_adopt_flow_");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_schema is not null)
        {
            await TestPostgres.DropSchemaAsync(TestPostgres.Server!, _schema);
        }
    }

    private static void SeedLiteDbLeftMidWork(string dataDirectory, long now)
    {
        using var database = new BridgeDatabase(dataDirectory);
        database.Messages.Insert(Message("wamid.stored", Answered, "did you get this?", now - 60_000, MessageState.Answered));
        database.Messages.Insert(Message("wamid.burst", InBurst, "are you there?", now, MessageState.Pending));
        database.Chats.Insert(new ChatRecord { Id = InBurst, HasPending = true, DueAtMs = now + 1_000, DueKey = now + 1_000 });
        database.Outbox.Insert(Item("reply:waiting", Waiting, OutboxState.Pending, now));
        var onTheWire = Item("reply:on-the-wire", OnTheWire, OutboxState.Sending, now);
        onTheWire.SendingSinceMs = now - 1_000;
        onTheWire.Attempts = 1;
        database.Outbox.Insert(onTheWire);
    }

    private static MessageRecord Message(string id, string from, string text, long at, MessageState state) => new()
    {
        Id = id, Chat = from, From = from, PhoneNumberId = BridgeFactory.PhoneNumberId, Type = "text", Text = text, Raw = "{}",
        TimestampMs = at, ReceivedAtMs = at, State = state,
    };

    private static OutboxItem Item(string id, string to, OutboxState state, long at) => Outbox.WithKeys(new OutboxItem
    {
        Id = id, To = to, Text = $"queued for {to}", CreatedAtMs = at, NextAttemptAtMs = at, State = state,
    });

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync(Ct);
    }
}
