using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Drafts;
using WhatStyle.Tools.Memory;
using WhatStyle.WhatsAppBridge.Storage;
using WhatStyle.WhatsAppBridge.Tests.Support;

namespace WhatStyle.WhatsAppBridge.Tests.Channels;

/// <summary>End to end on each personal channel: the bridge in memory, a stand-in engine on loopback.</summary>
public sealed class PersonalChannelFlowTests
{
    private const string Maria = "4917012345678";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Channels => new() { "waha", "evolution" };

    [Theory]
    [MemberData(nameof(Channels))]
    public async Task Post_UnsignedOrWronglySigned_Is401AndStoresNothing(string channel)
    {
        await using var harness = await StartAsync(channel);
        var (engine, factory) = (harness.Engine, harness.Factory);
        var client = factory.CreateClient();
        var body = PersonalWebhook.Text(channel, Maria, "hi");
        if (channel == "evolution")
        {
            body["apikey"] = "wrong-key";
        }

        var unsigned = await PersonalWebhook.PostAsync(client, channel, Encoding.UTF8.GetBytes(body.ToJsonString()), sign: false, Ct);
        var cloudPath = await PersonalWebhook.PostAsync(client, channel, Encoding.UTF8.GetBytes(body.ToJsonString()), sign: true, Ct, path: "/webhook");

        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, cloudPath.StatusCode); // Only the active channel's endpoint exists.
        await Task.Delay(300, Ct);
        Assert.Equal(0, factory.Services.GetRequiredService<BridgeDatabase>().Messages.Count());
    }

    [Theory]
    [MemberData(nameof(Channels))]
    public async Task Post_TextInAChatTheOwnerWroteIn_GetsOneReplyThroughTheEngine(string channel)
    {
        await using var harness = await StartAsync(channel);
        var (engine, factory) = (harness.Engine, harness.Factory);
        var client = factory.CreateClient();
        PersonalWebhook.EchoInto(engine, factory, channel);
        await PersonalWebhook.PostAsync(client, channel, PersonalWebhook.Text(channel, Maria, "see you later", fromMe: true, timestamp: Webhook.Now(TimeSpan.FromHours(2))), Ct);
        var incoming = PersonalWebhook.Text(channel, Maria, "hey babe what's up?");

        var response = await PersonalWebhook.PostAsync(client, channel, incoming, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Webhook.EventuallyAsync(() => engine.Sends.Count == 1, "one reply");
        await Task.Delay(800, Ct);
        var (path, sent) = Assert.Single(engine.Sends);
        if (channel == "waha")
        {
            Assert.Equal("/api/sendText", path);
            Assert.Equal("default", (string?)sent["session"]);
            Assert.Equal($"{Maria}@c.us", (string?)sent["chatId"]);
            Assert.Equal("re: hey babe what's up?", (string?)sent["text"]);
            Assert.Single(engine.RequestsTo("/api/sendSeen"));
        }
        else
        {
            Assert.Equal($"/message/sendText/{PersonalWebhook.Instance}", path);
            Assert.Equal($"{Maria}@s.whatsapp.net", (string?)sent["number"]);
            Assert.Equal("re: hey babe what's up?", (string?)sent["text"]);
            Assert.Single(engine.RequestsTo($"/chat/markMessageAsRead/{PersonalWebhook.Instance}"));
        }

        var call = Assert.Single(factory.Agent.Calls);
        Assert.Equal(Maria, call.Contact);
        Assert.Equal(0, engine.Unauthorised);
    }

    [Theory]
    [MemberData(nameof(Channels))]
    public async Task Post_TextInAChatTheOwnerNeverWroteIn_IsDraftedNotSent(string channel)
    {
        await using var harness = await StartAsync(channel);
        var (engine, factory) = (harness.Engine, harness.Factory);
        var client = factory.CreateClient();

        await PersonalWebhook.PostAsync(client, channel, PersonalWebhook.Text(channel, Maria, "hello stranger"), Ct);

        await Webhook.EventuallyAsync(() => factory.Services.GetRequiredService<BridgeDatabase>().Messages.FindAll().Any(m => m.State == MessageState.Drafted), "a draft");
        await Task.Delay(300, Ct);
        Assert.Empty(engine.Sends);
    }

    [Theory]
    [MemberData(nameof(Channels))]
    public async Task Post_OwnerWritesMidBurst_NoAutomaticReply(string channel)
    {
        await using var harness = await StartAsync(channel, new Dictionary<string, string?> { ["Bridge:BurstWindow"] = "00:00:01" });
        var (engine, factory) = (harness.Engine, harness.Factory);
        var client = factory.CreateClient();
        await PersonalWebhook.PostAsync(client, channel, PersonalWebhook.Text(channel, Maria, "earlier", fromMe: true, timestamp: Webhook.Now(TimeSpan.FromHours(2))), Ct);

        await PersonalWebhook.PostAsync(client, channel, PersonalWebhook.Text(channel, Maria, "are you there?"), Ct);
        await PersonalWebhook.PostAsync(client, channel, PersonalWebhook.Text(channel, Maria, "yes, calling you now", fromMe: true), Ct);

        await Task.Delay(2500, Ct);
        Assert.Empty(engine.Sends);
        Assert.Empty(factory.Agent.Calls);
        var database = factory.Services.GetRequiredService<BridgeDatabase>();
        var incoming = database.Messages.FindAll().Single(m => m.Text == "are you there?");
        Assert.Equal(MessageState.Stored, incoming.State);
        Assert.Contains("takeover", incoming.Note, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Channels))]
    public async Task Echo_OfTheBridgesOwnSend_IsRecordedOnceNeitherAnsweredNorLearned(string channel)
    {
        await using var harness = await StartAsync(channel);
        var (engine, factory) = (harness.Engine, harness.Factory);
        var client = factory.CreateClient();
        PersonalWebhook.EchoInto(engine, factory, channel);
        await PersonalWebhook.PostAsync(client, channel, PersonalWebhook.Text(channel, Maria, "talk soon", fromMe: true, timestamp: Webhook.Now(TimeSpan.FromHours(2))), Ct);

        await PersonalWebhook.PostAsync(client, channel, PersonalWebhook.Text(channel, Maria, "dinner tonight?"), Ct);

        var database = factory.Services.GetRequiredService<BridgeDatabase>();
        await Webhook.EventuallyAsync(() => database.Messages.FindAll().Any(m => m.Origin == "whatstyle"), "the echo stored");
        await Task.Delay(1000, Ct);
        Assert.Single(engine.Sends);
        Assert.Single(factory.Agent.Calls);
        var echo = database.Messages.FindAll().Single(m => m.Origin == "whatstyle");
        Assert.Equal("re: dinner tonight?", echo.Text);
        Assert.Equal(MessageState.Stored, echo.State);
        var sent = database.Outbox.FindAll().Single();
        Assert.Equal(OutboxState.Sent, sent.State);

        // The owner's own message was learned as theirs; the echo was not.
        await Webhook.EventuallyAsync(() => database.Messages.FindAll().Where(m => m.Origin == "owner").All(m => m.Learned), "the owner's message learned");
        var contact = await factory.Services.GetRequiredService<IContactDirectory>().FindAsync(Maria, Ct);
        Assert.NotNull(contact);
        var history = await factory.Services.GetRequiredService<IConversationMemory>().RecentBeforeAsync(contact.Contact.Id, 20, DateTimeOffset.UtcNow.AddMinutes(1), Ct);
        Assert.Contains(history, m => m.Direction == MessageDirection.Outgoing && m.Text == "talk soon");
        Assert.DoesNotContain(history, m => m.Text == "re: dinner tonight?");
        Assert.Equal("Maria", contact.Contact.DisplayName);
    }

    [Theory]
    [MemberData(nameof(Channels))]
    public async Task Session_NotWorking_RepliesWaitAndHealthSaysWhy(string channel)
    {
        await using var harness = await StartAsync(channel);
        var (engine, factory) = (harness.Engine, harness.Factory);
        var client = factory.CreateClient();
        await PersonalWebhook.PostAsync(client, channel, Session(channel, down: true), Ct);
        await PersonalWebhook.PostAsync(client, channel, PersonalWebhook.Text(channel, Maria, "ok", fromMe: true, timestamp: Webhook.Now(TimeSpan.FromHours(2))), Ct);
        await PersonalWebhook.PostAsync(client, channel, PersonalWebhook.Text(channel, Maria, "still there?"), Ct);

        await Webhook.EventuallyAsync(() => factory.Agent.Calls.Count == 1, "the reply written");
        await Task.Delay(800, Ct);
        var health = JsonNode.Parse(await client.GetStringAsync("/healthz", Ct))!;

        Assert.Empty(engine.Sends);
        Assert.Equal("degraded", (string?)health["status"]);
        Assert.Contains(health["reasons"]!.AsArray(), r => ((string?)r)!.Contains("not WORKING", StringComparison.Ordinal));
        await PersonalWebhook.PostAsync(client, channel, Session(channel, down: false), Ct);
        await Webhook.EventuallyAsync(() => engine.Sends.Count == 1, "the reply sent once the session works");
    }

    [Theory]
    [MemberData(nameof(Channels))]
    public async Task Engine_DownWith503_ReplyWaitsAndIsSentOnce(string channel)
    {
        await using var harness = await StartAsync(channel);
        var (engine, factory) = (harness.Engine, harness.Factory);
        var client = factory.CreateClient();
        engine.FailFor(TimeSpan.FromSeconds(2), 503);
        await PersonalWebhook.PostAsync(client, channel, PersonalWebhook.Text(channel, Maria, "ok", fromMe: true, timestamp: Webhook.Now(TimeSpan.FromHours(2))), Ct);

        await PersonalWebhook.PostAsync(client, channel, PersonalWebhook.Text(channel, Maria, "hello?"), Ct);

        await Webhook.EventuallyAsync(() => engine.Sends.Count == 1, "the reply after the outage", timeoutSeconds: 15);
        await Task.Delay(500, Ct);
        Assert.Single(engine.Sends);
        Assert.Equal(OutboxState.Sent, factory.Services.GetRequiredService<BridgeDatabase>().Outbox.FindAll().Single().State);
    }

    /// <summary>A 2×2 grey PNG, standing in for an engine's QR.</summary>
    private const string QrBase64 = "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAAAAABX3VL4AAAADElEQVR4nGNg+A+EAAYAAf+T0eSJAAAAAElFTkSuQmCC";

    [Theory]
    [MemberData(nameof(Channels))]
    public async Task Operations_SessionWaitsForScan_ShowsTheEnginesQrAsAPngImage(string channel)
    {
        await using var harness = await StartAsync(channel);
        var (engine, factory) = (harness.Engine, harness.Factory);
        var client = factory.CreateClient();
        engine.Qr = Convert.FromBase64String(QrBase64);
        var working = await client.GetStringAsync("/dashboard/operations", Ct);
        await PersonalWebhook.PostAsync(client, channel, WaitingForScan(channel), Ct);
        await Webhook.EventuallyAsync(() => client.GetStringAsync("/dashboard/operations", Ct).Result.Contains("SCAN_QR_CODE", StringComparison.Ordinal), "the session waiting for a scan");

        var page = await client.GetStringAsync("/dashboard/operations", Ct);

        Assert.DoesNotContain("data:image/png", working, StringComparison.Ordinal); // No session state yet: the engine is not asked.
        // Razor encodes the attribute ('+' as &#x2B;), which the browser decodes back.
        Assert.Contains($"src=\"data:image/png;base64,{QrBase64}\"", System.Net.WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Equal(0, engine.Unauthorised);
    }

    [Theory]
    [MemberData(nameof(Channels))]
    public async Task Operations_EngineAnswersSomethingNotAPng_ShowsNoImageAndSaysWhereToScan(string channel)
    {
        await using var harness = await StartAsync(channel);
        var (engine, factory) = (harness.Engine, harness.Factory);
        var client = factory.CreateClient();
        engine.Qr = "<script>alert(1)</script>"u8.ToArray();
        await PersonalWebhook.PostAsync(client, channel, WaitingForScan(channel), Ct);
        await Webhook.EventuallyAsync(() => client.GetStringAsync("/dashboard/operations", Ct).Result.Contains("SCAN_QR_CODE", StringComparison.Ordinal), "the session waiting for a scan");

        var page = await client.GetStringAsync("/dashboard/operations", Ct);

        Assert.True(engine.QrRequests > 0);
        Assert.DoesNotContain("data:image/png", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.Contains("The engine gave no QR just now", page, StringComparison.Ordinal);
    }

    private static JsonObject Session(string channel, bool down) => channel == "waha"
        ? new JsonObject
        {
            ["id"] = "evt_s", ["timestamp"] = 1, ["event"] = "session.status", ["session"] = "default",
            ["me"] = new JsonObject { ["id"] = $"{PersonalWebhook.Owner}@c.us" },
            ["payload"] = new JsonObject { ["status"] = down ? "SCAN_QR_CODE" : "WORKING" }, ["engine"] = "GOWS",
        }
        : new JsonObject
        {
            ["event"] = "connection.update", ["instance"] = PersonalWebhook.Instance,
            ["data"] = new JsonObject { ["instance"] = PersonalWebhook.Instance, ["state"] = down ? "close" : "open" },
            ["apikey"] = FakeEngine.ApiKey,
        };

    /// <summary>The engine saying its session waits for a QR scan (Evolution says so with a new QR, whose body is not kept).</summary>
    private static JsonObject WaitingForScan(string channel) => channel == "waha"
        ? Session(channel, down: true)
        : new JsonObject
        {
            ["event"] = "qrcode.updated", ["instance"] = PersonalWebhook.Instance,
            ["data"] = new JsonObject { ["qrcode"] = new JsonObject { ["instance"] = PersonalWebhook.Instance, ["code"] = "2@x" } },
            ["apikey"] = FakeEngine.ApiKey,
        };

    [Theory]
    [MemberData(nameof(Channels))]
    public async Task OwnerWrites_WhileADraftWaits_DraftIsWithdrawnNotRejected(string channel)
    {
        await using var harness = await StartAsync(channel);
        var (engine, factory) = (harness.Engine, harness.Factory);
        var client = factory.CreateClient();
        var drafts = factory.Services.GetRequiredService<IDraftStore>();
        await PersonalWebhook.PostAsync(client, channel, PersonalWebhook.Text(channel, Maria, "hello stranger"), Ct);
        await Webhook.EventuallyAsync(() => drafts.ListAsync(DraftStatus.Pending, Ct).Result.Count == 1, "a draft waiting");

        await PersonalWebhook.PostAsync(client, channel, PersonalWebhook.Text(channel, Maria, "hi! long time no see", fromMe: true), Ct);

        await Webhook.EventuallyAsync(() => drafts.ListAsync(DraftStatus.Withdrawn, Ct).Result.Count == 1, "the draft withdrawn");
        Assert.Empty(await drafts.ListAsync(DraftStatus.Pending, Ct));
        Assert.Empty(await drafts.ListAsync(DraftStatus.Rejected, Ct));
        Assert.Empty(engine.Sends);
    }

    [Fact]
    public async Task Waha_LidSenderWhoseNumberIsAContact_IsThatContactWithItsModeAndOneLookup()
    {
        const string lid = "123456789012345@lid";
        await using var harness = await StartAsync("waha");
        var (engine, factory) = (harness.Engine, harness.Factory);
        engine.Lids[lid] = $"{Maria}@c.us";
        var contacts = factory.Services.GetRequiredService<IContactDirectory>();
        var maria = await contacts.GetOrCreateAsync(Maria, Ct);
        await contacts.UpdateSettingsAsync(maria.Contact.Id, new ContactSettings { ReplyMode = ReplyMode.Draft }, Ct);
        var client = factory.CreateClient();
        // The owner wrote in this chat, so without her number her draft mode would not apply and the reply would go out.
        await PersonalWebhook.PostAsync(client, "waha", FromLid(PersonalWebhook.Text("waha", Maria, "ok", fromMe: true, timestamp: Webhook.Now(TimeSpan.FromHours(2))), lid), Ct);

        await PersonalWebhook.PostAsync(client, "waha", FromLid(PersonalWebhook.Text("waha", Maria, "are you coming tonight?"), lid), Ct);
        var database = factory.Services.GetRequiredService<BridgeDatabase>();
        await Webhook.EventuallyAsync(() => database.Messages.FindAll().Any(m => m.Text == "are you coming tonight?" && m.State == MessageState.Drafted), "a draft");
        await PersonalWebhook.PostAsync(client, "waha", FromLid(PersonalWebhook.Text("waha", Maria, "and bring the cake"), lid), Ct);
        await Webhook.EventuallyAsync(() => database.Messages.FindAll().Any(m => m.Text == "and bring the cake" && m.State == MessageState.Drafted), "a second draft");

        Assert.Empty(engine.Sends);
        Assert.Equal(maria.Contact.Id, (await contacts.FindAsync(lid, Ct))?.Contact.Id);
        Assert.All(factory.Agent.Calls, call => Assert.Equal(Maria, call.Contact));
        Assert.Equal(1, engine.LidLookups);
    }

    // The same WAHA body, but the chat is the person's hidden id (as WhatsApp now shows some one-to-one chats).
    private static JsonObject FromLid(JsonObject body, string lid)
    {
        var payload = body["payload"]!.AsObject();
        payload["id"] = ((string)payload["id"]!).Replace($"{Maria}@c.us", lid, StringComparison.Ordinal);
        payload["from"] = lid;
        return body;
    }

    private static async Task<Harness> StartAsync(string channel, IDictionary<string, string?>? extra = null)
    {
        var engine = await FakeEngine.StartAsync(Ct);
        var graph = await FakeGraphApi.StartAsync(Ct);
        var factory = new BridgeFactory(graph, PersonalWebhook.Settings(channel, engine, extra));
        return new Harness(engine, graph, factory);
    }

    private sealed record Harness(FakeEngine Engine, FakeGraphApi Graph, BridgeFactory Factory) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            Factory.Dispose();
            await Engine.DisposeAsync();
            await Graph.DisposeAsync();
        }
    }
}
