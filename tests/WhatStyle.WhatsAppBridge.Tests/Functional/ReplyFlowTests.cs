using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WhatStyle.WhatsAppBridge.Inbox;
using WhatStyle.WhatsAppBridge.Storage;
using WhatStyle.WhatsAppBridge.Tests.Support;

namespace WhatStyle.WhatsAppBridge.Tests.Functional;

public sealed class ReplyFlowTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Post_TextMessage_MarksReadWithTypingAndSendsOneReply()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph);
        var client = factory.CreateClient();
        var message = Webhook.Text("4917011111", "Are you coming tonight?");

        var response = await Webhook.PostAsync(client, Webhook.Body([message]), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Webhook.EventuallyAsync(() => graph.Sends.Count == 1, "one reply sent");
        var sent = graph.Sends.Single();
        Assert.Equal("+4917011111", (string?)sent["to"]);
        Assert.Equal("individual", (string?)sent["recipient_type"]);
        Assert.Equal("re: Are you coming tonight?", (string?)sent["text"]!["body"]);
        // Sent beside the reply, outside the reply slot, so it may land just after it.
        await Webhook.EventuallyAsync(() => !graph.ReadReceipts.IsEmpty, "the read receipt");
        var read = Assert.Single(graph.ReadReceipts);
        Assert.Equal((string?)message["id"], (string?)read["message_id"]);
        Assert.Equal("text", (string?)read["typing_indicator"]!["type"]);
        var call = Assert.Single(factory.Agent.Calls);
        Assert.Equal("4917011111", call.Contact);
    }

    [Fact]
    public async Task Post_BurstFromOnePerson_GetsOneReplyCoveringAllInOrder()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph, new Dictionary<string, string?> { ["Bridge:BurstWindow"] = "00:00:01" });
        var client = factory.CreateClient();
        var t = Webhook.Now();

        // Three webhooks, the second and third delivered out of order.
        await Webhook.PostAsync(client, Webhook.Body([Webhook.Text("4917022222", "hey", timestamp: t)]), Ct);
        await Webhook.PostAsync(client, Webhook.Body([Webhook.Text("4917022222", "are you there?", timestamp: t + 2)]), Ct);
        await Webhook.PostAsync(client, Webhook.Body([Webhook.Text("4917022222", "quick question", timestamp: t + 1)]), Ct);

        await Webhook.EventuallyAsync(() => graph.Sends.Count >= 1, "a reply");
        await Task.Delay(1500, Ct);
        var sent = Assert.Single(graph.Sends);
        Assert.Equal("re: hey\nquick question\nare you there?", (string?)sent["text"]!["body"]);
    }

    [Fact]
    public async Task Post_SameMessageDeliveredManyTimesConcurrently_IsAnsweredOnce()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph);
        var client = factory.CreateClient();
        var body = Webhook.Body([Webhook.Text("4917033333", "only once please")]);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Webhook.PostAsync(client, body, Ct)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        await Webhook.EventuallyAsync(() => graph.Sends.Count == 1, "the reply");
        await Webhook.PostAsync(client, body, Ct);
        await Task.Delay(800, Ct);
        Assert.Single(graph.Sends);
        Assert.Single(factory.Agent.Calls);
        Assert.Equal(1, factory.Services.GetRequiredService<BridgeDatabase>().Messages.Count());
    }

    [Fact]
    public async Task Post_MessageOlderThanMaxAge_IsStoredButNotAnswered()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph);
        var client = factory.CreateClient();
        var old = Webhook.Text("4917044444", "sent during the outage", timestamp: Webhook.Now(TimeSpan.FromHours(30)));
        var fresh = Webhook.Text("4917055555", "sent just now");

        await Webhook.PostAsync(client, Webhook.Body([old, fresh]), Ct);

        await Webhook.EventuallyAsync(() => graph.Sends.Count == 1, "the fresh message's reply");
        Assert.Equal("+4917055555", (string?)graph.Sends.Single()["to"]);
        var stored = factory.Services.GetRequiredService<BridgeDatabase>().Messages.FindById((string)old["id"]!);
        Assert.Equal(MessageState.Stored, stored.State);
        Assert.Contains("older than", stored.Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_GroupMessage_RepliesToTheGroupQuotingTheMessageWithoutReadReceipt()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph);
        var client = factory.CreateClient();
        var message = Webhook.Text("16505551234", "Can everyone make it Thursday?", group: "Y2FwaV9ncm91cDoxNzA1");

        await Webhook.PostAsync(client, Webhook.Body([message]), Ct);

        await Webhook.EventuallyAsync(() => graph.Sends.Count == 1, "the group reply");
        var sent = graph.Sends.Single();
        Assert.Equal("group", (string?)sent["recipient_type"]);
        Assert.Equal("Y2FwaV9ncm91cDoxNzA1", (string?)sent["to"]);
        Assert.Equal((string?)message["id"], (string?)sent["context"]!["message_id"]);
        Assert.Empty(graph.ReadReceipts);
        Assert.Equal("Y2FwaV9ncm91cDoxNzA1", factory.Agent.Calls.Single().Group);
    }

    [Fact]
    public async Task Post_EveryMessageType_AnswersTheAnswerableAndStoresTheRest()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph, new Dictionary<string, string?> { ["Bridge:PerRecipientInterval"] = "00:00:00" });
        var client = factory.CreateClient();
        var answerable = new Dictionary<string, JsonObject>
        {
            ["text"] = Webhook.Text("4917100001", "plain text"),
            ["image"] = Webhook.Message("4917100002", "image", JsonNode.Parse("""{"id":"1","mime_type":"image/jpeg","sha256":"x","caption":"my new bike"}""")),
            ["video"] = Webhook.Message("4917100003", "video", JsonNode.Parse("""{"id":"1","mime_type":"video/mp4","sha256":"x"}""")),
            ["document"] = Webhook.Message("4917100004", "document", JsonNode.Parse("""{"id":"1","mime_type":"application/pdf","sha256":"x","filename":"plan.pdf"}""")),
            ["voice"] = Webhook.Message("4917100005", "audio", JsonNode.Parse("""{"id":"1","mime_type":"audio/ogg; codecs=opus","sha256":"x","voice":true}""")),
            ["sticker"] = Webhook.Message("4917100006", "sticker", JsonNode.Parse("""{"id":"1","mime_type":"image/webp","sha256":"x","animated":false}""")),
            ["location"] = Webhook.Message("4917100007", "location", JsonNode.Parse("""{"latitude":52.5,"longitude":13.4,"name":"Cafe"}""")),
            ["contacts"] = WithContacts(Webhook.Message("4917100008", "contacts", null)),
            ["button"] = Webhook.Message("4917100009", "button", JsonNode.Parse("""{"payload":"yes","text":"Yes"}""")),
            ["interactive"] = Webhook.Message("4917100010", "interactive", JsonNode.Parse("""{"type":"button_reply","button_reply":{"id":"b","title":"Tomorrow"}}""")),
        };
        var storedOnly = new[]
        {
            Webhook.Message("4917200001", "reaction", JsonNode.Parse("""{"message_id":"wamid.x","emoji":"❤️"}""")),
            Webhook.Message("4917200002", "system", JsonNode.Parse("""{"body":"changed number","type":"user_changed_number"}""")),
            Webhook.Message("4917200003", "unsupported", JsonNode.Parse("""{"type":"poll"}""")),
            Webhook.Message("4917200004", "mystery_type", JsonNode.Parse("""{"x":1}""")),
            Webhook.Message("4917200005", "interactive", null),
        };
        var errors = JsonNode.Parse("""[{"code":131000,"title":"Something went wrong"}]""")!.AsArray();

        var response = await Webhook.PostAsync(client, Webhook.Body([.. answerable.Values, .. storedOnly], errors: errors), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Webhook.EventuallyAsync(() => graph.Sends.Count == answerable.Count, $"{answerable.Count} replies", 15);
        await Task.Delay(600, Ct);
        Assert.Equal(answerable.Count, graph.Sends.Count);
        var database = factory.Services.GetRequiredService<BridgeDatabase>();
        Assert.All(answerable.Values, m => Assert.Equal(MessageState.Answered, database.Messages.FindById((string)m["id"]!).State));
        Assert.All(storedOnly, m => Assert.Equal(MessageState.Stored, database.Messages.FindById((string)m["id"]!).State));
        Assert.Contains(database.Events.FindAll(), e => e.Kind == "error" && e.Raw.Contains("131000", StringComparison.Ordinal));
        Assert.Contains(factory.Agent.Calls, c => c.Text == "[contact card: Chandler Bing]");
        Assert.Contains(factory.Agent.Calls, c => c.Text == "[voice message]");
    }

    [Fact]
    public async Task Post_EditAndRevokeBeforeTheReply_ChangeWhatIsAnswered()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph, new Dictionary<string, string?> { ["Bridge:BurstWindow"] = "00:00:01" });
        var client = factory.CreateClient();
        var first = Webhook.Text("4917066666", "see you at 7");
        var second = Webhook.Text("4917066666", "oops wrong chat");
        var edit = Webhook.Message("4917066666", "edit", new JsonObject
        {
            ["original_message_id"] = (string?)first["id"],
            ["message"] = JsonNode.Parse("""{"type":"text","text":{"body":"see you at 8"}}"""),
        });
        var revoke = Webhook.Message("4917066666", "revoke", JsonNode.Parse($$"""{"original_message_id":"{{second["id"]}}"}"""));

        await Webhook.PostAsync(client, Webhook.Body([first, second]), Ct);
        await Webhook.PostAsync(client, Webhook.Body([edit, revoke]), Ct);

        await Webhook.EventuallyAsync(() => graph.Sends.Count == 1, "the reply");
        Assert.Equal("re: see you at 8", (string?)graph.Sends.Single()["text"]!["body"]);
    }

    /// <summary>
    /// With several bridges, this bridge's lease on a chat can run out during a long reply and another bridge answer the
    /// same messages first: the slower reply is then not queued, so the sender is answered once.
    /// </summary>
    [Fact]
    public async Task Reply_MessagesAnsweredElsewhereWhileWriting_IsNotQueued()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph, new Dictionary<string, string?> { ["Bridge:BurstWindow"] = "00:00:00.100" });
        var client = factory.CreateClient();
        var database = factory.Services.GetRequiredService<BridgeDatabase>();
        var slow = Webhook.Text("4917066677", "answered elsewhere");
        factory.Agent.WhileWriting = message =>
        {
            if (message.Text == "answered elsewhere")
            {
                var record = database.Messages.FindById((string)slow["id"]!);
                record.State = MessageState.Answered;
                record.ReplyId = "reply:by-another-bridge";
                database.Messages.Update(record);
            }
        };

        await Webhook.PostAsync(client, Webhook.Body([slow]), Ct);
        await Webhook.PostAsync(client, Webhook.Body([Webhook.Text("4917066678", "answered here")]), Ct);

        await Webhook.EventuallyAsync(() => graph.SendsTo("+4917066678").Count == 1, "the other chat's reply");
        await Webhook.EventuallyAsync(() => factory.Agent.Calls.Any(c => c.Text == "answered elsewhere"), "the slow reply written");
        await Task.Delay(500, Ct);
        Assert.Empty(graph.SendsTo("+4917066677"));
        Assert.DoesNotContain(database.Outbox.FindAll(), o => o.To == "4917066677" || o.To == "+4917066677");
        Assert.Equal("reply:by-another-bridge", database.Messages.FindById((string)slow["id"]!).ReplyId);
    }

    [Fact]
    public async Task Post_StatusesOutOfOrder_AreNeverDowngraded()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph);
        var client = factory.CreateClient();
        await Webhook.PostAsync(client, Webhook.Body([Webhook.Text("4917077777", "hi")]), Ct);
        await Webhook.EventuallyAsync(() => graph.Sends.Count == 1, "the reply");
        var database = factory.Services.GetRequiredService<BridgeDatabase>();
        await Webhook.EventuallyAsync(() => database.Outbox.FindAll().Any(o => o.Wamid is not null), "the wamid recorded");
        var wamid = database.Outbox.FindAll().Single().Wamid!;

        await Webhook.PostAsync(client, Webhook.Body(statuses: [Webhook.Status(wamid, "read")]), Ct);
        await Webhook.PostAsync(client, Webhook.Body(statuses: [Webhook.Status(wamid, "delivered"), Webhook.Status(wamid, "sent")]), Ct);
        await Webhook.PostAsync(client, Webhook.Body(statuses: [Webhook.Status(wamid, "read")]), Ct);

        var inbox = factory.Services.GetRequiredService<InboxCursor>();
        await Webhook.EventuallyAsync(() => inbox.BacklogBytes() == 0, "statuses processed");
        Assert.Equal("read", database.Statuses.FindById(wamid).Status);
        Assert.Equal("read", database.Outbox.FindAll().Single().DeliveryStatus);

        await Webhook.PostAsync(client, Webhook.Body(statuses: [Webhook.Status(wamid, "played")]), Ct);
        await Webhook.EventuallyAsync(() => database.Statuses.FindById(wamid).Status == "played", "played beats read");
    }

    private static JsonObject WithContacts(JsonObject message)
    {
        message["contacts"] = JsonNode.Parse("""[{"name":{"formatted_name":"Chandler Bing"},"phones":[{"phone":"+1 555-555-5555","type":"CELL"}]}]""");
        return message;
    }
}
