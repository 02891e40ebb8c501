using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using WhatStyle.Tools.Drafts;
using WhatStyle.WhatsAppBridge.Tests.Support;

namespace WhatStyle.WhatsAppBridge.Tests.Functional;

/// <summary>
/// The bridge with <c>Storage:Provider = postgres</c>: a draft-mode message becomes a draft row in PostgreSQL, and the
/// approved draft is sent once; the message and the outbox item are rows of the bridge's state there. Needs <c>WHATSTYLE_TEST_POSTGRES</c> (.ci/services/postgres.sh start prints it).
/// </summary>
public sealed class PostgresStorageFlowTests
{
    private const string Variable = "WHATSTYLE_TEST_POSTGRES";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DraftMode_OnPostgres_DraftIsARowThereAndIsSentOnceAfterApproval()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        Assert.SkipWhen(string.IsNullOrEmpty(server), $"{Variable} is not set: this test runs the bridge on a PostgreSQL server.");
        var schema = "ws_bridge_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(server!, $"CREATE SCHEMA {schema}");
        var connectionString = new NpgsqlConnectionStringBuilder(server) { SearchPath = schema }.ConnectionString;
        try
        {
            await using var graph = await FakeGraphApi.StartAsync(Ct);
            using var factory = new BridgeFactory(graph, new Dictionary<string, string?>
            {
                ["Storage:Provider"] = "postgres",
                ["ConnectionStrings:Postgres"] = connectionString,
                ["Bridge:Contacts:4917400001"] = "draft",
            });
            var client = factory.CreateClient();
            var drafts = factory.Services.GetRequiredService<IDraftStore>();
            Assert.StartsWith("Postgres", drafts.GetType().Name, StringComparison.Ordinal);

            await Webhook.PostAsync(client, Webhook.Body([Webhook.Text("4917400001", "can I borrow the car?")]), Ct);

            await Webhook.EventuallyAsync(() => drafts.ListAsync(DraftStatus.Pending, Ct).Result.Count == 1, "a pending draft");
            Assert.Equal(1L, await ExecuteAsync(connectionString, "SELECT count(*) FROM drafts WHERE status = 'Pending'"));
            var draft = (await drafts.ListAsync(DraftStatus.Pending, Ct)).Single();
            await drafts.ApproveAsync(draft.Id, "Sure, keys are on the hook.", Ct);

            await Webhook.EventuallyAsync(() => graph.Sends.Count == 1, "the approved draft sent");
            await Webhook.EventuallyAsync(() => drafts.GetAsync(draft.Id, Ct).Result!.Status == DraftStatus.Sent, "draft marked sent");
            await Task.Delay(500, Ct);
            Assert.Single(graph.Sends);
            Assert.Equal(1L, await ExecuteAsync(connectionString, "SELECT count(*) FROM drafts WHERE status = 'Sent'"));
            // The bridge's own state is there too: the message (drafted) and the approved draft's outbox item (sent).
            Assert.Equal(1L, await ExecuteAsync(connectionString, "SELECT count(*) FROM bridge_messages WHERE state = 2"));
            Assert.Equal(1L, await ExecuteAsync(connectionString, "SELECT count(*) FROM bridge_outbox WHERE state = 3"));
        }
        finally
        {
            await ExecuteAsync(server!, $"DROP SCHEMA {schema} CASCADE");
        }
    }

    private static async Task<object?> ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync(Ct);
    }
}
