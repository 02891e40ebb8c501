using System.Text;
using WhatStyle.Storage.Postgres;
using WhatStyle.WhatsAppBridge.Storage;
using WhatStyle.WhatsAppBridge.Storage.Postgres;
using WhatStyle.WhatsAppBridge.Tests.Support;

namespace WhatStyle.WhatsAppBridge.Tests.Functional;

/// <summary>
/// A bridge on PostgreSQL acknowledged webhooks (their rows committed in <c>bridge_inbox</c>) and died for good before
/// processing them. Another bridge of the same number takes its inbox over once its lease runs out and answers each
/// message once. Needs <c>WHATSTYLE_TEST_POSTGRES</c>.
/// </summary>
public sealed class DeadBridgeInboxTests : IAsyncLifetime
{
    private string? _schema;
    private string? _connectionString;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Start_DeadBridgeLeftAcknowledgedWebhooks_EachAnsweredOnceByTheLiveBridge()
    {
        Assert.SkipWhen(_connectionString is null, TestPostgres.SkipReason);
        var senders = Enumerable.Range(1, 3).Select(i => $"491740000{i}").ToList();
        using (var source = PostgresConnectionSource.Create(_connectionString!))
        {
            var dead = new PostgresBridgeState(source, "cloud:" + BridgeFactory.PhoneNumberId, new BridgeHolder("bridge-dead"),
                new StorageStatus(TimeProvider.System), holderLease: TimeSpan.FromSeconds(1));
            dead.RenewHolderLease();
            dead.Inbox.Append([.. senders.Select(s => Encoding.UTF8.GetBytes(Webhook.Body([Webhook.Text(s, "are you there?")])))], TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds());
        }

        await Task.Delay(TimeSpan.FromSeconds(1.5), Ct);
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph, new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "postgres",
            ["ConnectionStrings:Postgres"] = _connectionString,
            ["Bridge:BurstWindow"] = "00:00:00.200",
        });
        _ = factory.CreateClient();

        await Webhook.EventuallyAsync(() => senders.All(s => graph.SendsTo("+" + s).Count > 0), "every message the dead bridge acknowledged answered", timeoutSeconds: 30);
        await Task.Delay(500, Ct);
        Assert.All(senders, s => Assert.Single(graph.SendsTo("+" + s)));
        Assert.Equal(0L, Convert.ToInt64(await TestPostgres.ExecuteAsync(_connectionString!, "SELECT count(*) FROM bridge_inbox WHERE holder = 'bridge-dead'"), System.Globalization.CultureInfo.InvariantCulture));
    }

    public async ValueTask InitializeAsync()
    {
        if (TestPostgres.Server is { } server)
        {
            (_schema, _connectionString) = await TestPostgres.CreateSchemaAsync(server, "ws_bridge_dead_inbox_");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_schema is not null)
        {
            await TestPostgres.DropSchemaAsync(TestPostgres.Server!, _schema);
        }
    }
}
