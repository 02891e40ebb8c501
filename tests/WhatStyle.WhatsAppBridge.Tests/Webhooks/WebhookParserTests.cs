using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using WhatStyle.Tools.Storage;
using WhatStyle.WhatsAppBridge.Tests.Support;
using WhatStyle.WhatsAppBridge.Webhooks;

namespace WhatStyle.WhatsAppBridge.Tests.Webhooks;

public sealed class WebhookParserTests
{
    public static TheoryData<string, string, string?, string?> Types => new()
    {
        // type, payload JSON, expected agent text (null = not answered), expected note fragment
        { "text", """{"body":"hello"}""", "hello", null },
        { "image", """{"id":"1","mime_type":"image/jpeg","sha256":"x","caption":"look"}""", "look", null },
        { "image", """{"id":"1","mime_type":"image/jpeg","sha256":"x","url":"https://lookaside.example/x"}""", "[photo]", null },
        { "video", """{"id":"1","mime_type":"video/mp4","sha256":"x"}""", "[video]", null },
        { "document", """{"id":"1","mime_type":"application/pdf","sha256":"x","filename":"a.pdf"}""", "[document: a.pdf]", null },
        { "audio", """{"id":"1","mime_type":"audio/ogg; codecs=opus","sha256":"x","voice":true}""", "[voice message]", null },
        { "audio", """{"id":"1","mime_type":"audio/mpeg","sha256":"x","voice":false}""", "[audio]", null },
        { "sticker", """{"id":"1","mime_type":"image/webp","sha256":"x","animated":true}""", "[sticker]", null },
        { "location", """{"latitude":1.5,"longitude":2.5,"name":"Cafe","address":"Main St 1"}""", "[location: Cafe, Main St 1]", null },
        { "location", """{"latitude":1.5,"longitude":2.5}""", "[location]", null },
        { "button", """{"payload":"p","text":"Yes please"}""", "Yes please", null },
        { "interactive", """{"type":"button_reply","button_reply":{"id":"b1","title":"Tomorrow"}}""", "Tomorrow", null },
        { "interactive", """{"type":"list_reply","list_reply":{"id":"l1","title":"Option A","description":"d"}}""", "Option A", null },
        { "interactive", """{"type":"nfm_reply","nfm_reply":{"response_json":"{}","body":"Sent"}}""", "[form reply]", null },
        { "reaction", """{"message_id":"wamid.x","emoji":"😮"}""", null, "reaction 😮" },
        { "reaction", """{"message_id":"wamid.x","emoji":""}""", null, "reaction removed" },
        { "reaction", """{"message_id":"wamid.x"}""", null, "reaction removed" },
        { "edit", """{"original_message_id":"wamid.o","message":{"type":"text","text":{"body":"fixed"}}}""", null, "edit" },
        { "revoke", """{"original_message_id":"wamid.o"}""", null, "revoke" },
        { "system", """{"body":"User A changed number","wa_id":"49170","type":"user_changed_number"}""", null, "system: user_changed_number" },
        { "unsupported", """{"type":"poll"}""", null, "unsupported: poll" },
        { "hologram", """{"x":1}""", null, "unknown type 'hologram'" },
    };

    [Theory]
    [MemberData(nameof(Types))]
    public void Parse_EachMessageType_DescribesItForTheAgentOrStoresIt(string type, string payload, string? text, string? note)
    {
        var body = Webhook.Body([Webhook.Message("4917012345", type, JsonNode.Parse(payload))]);

        var batch = WebhookParser.Parse(Encoding.UTF8.GetBytes(body));

        var message = Assert.Single(batch.Messages);
        Assert.Equal(type, message.Type);
        Assert.Equal(text, message.Text);
        if (note is not null)
        {
            Assert.Contains(note, message.Note, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Parse_ContactsCard_NamesThePeople()
    {
        var message = Webhook.Message("4917012345", "contacts", null);
        message["contacts"] = JsonNode.Parse("""[{"name":{"formatted_name":"Chandler Bing"},"phones":[{"phone":"+1 555","type":"CELL"}]},{"name":{"formatted_name":"Monica"}}]""");

        var parsed = Assert.Single(WebhookParser.Parse(Encoding.UTF8.GetBytes(Webhook.Body([message]))).Messages);

        Assert.Equal("[contact card: Chandler Bing, Monica]", parsed.Text);
    }

    [Fact]
    public void Parse_EditAndRevoke_NameTheirTargets()
    {
        var edit = Webhook.Message("4917012345", "edit", JsonNode.Parse("""{"original_message_id":"wamid.o","message":{"type":"image","image":{"id":"1","caption":"new caption"}}}"""));

        var parsed = Assert.Single(WebhookParser.Parse(Encoding.UTF8.GetBytes(Webhook.Body([edit]))).Messages);

        Assert.Equal("wamid.o", parsed.TargetId);
        Assert.Equal("new caption", parsed.EditedText);
        Assert.Null(parsed.Text);
    }

    [Fact]
    public void Parse_GroupMessageWithContext_KeepsGroupAndQuote()
    {
        var message = Webhook.Text("4917012345", "Thursday?", group: "Y2FwaV9ncm91cDox");
        message["context"] = new JsonObject { ["from"] = "15550783881", ["id"] = "wamid.quoted" };

        var parsed = Assert.Single(WebhookParser.Parse(Encoding.UTF8.GetBytes(Webhook.Body([message]))).Messages);

        Assert.Equal("Y2FwaV9ncm91cDox", parsed.Group);
        Assert.Equal("wamid.quoted", parsed.ContextId);
        Assert.Equal("Test Person", parsed.SenderName);
    }

    [Fact]
    public void Parse_ValueLevelErrorsStatusesAndOtherFields_BecomeEventsAndStatuses()
    {
        var errors = JsonNode.Parse("""[{"code":130429,"title":"Rate limit hit","message":"(#130429) Rate limit hit"}]""")!.AsArray();
        var failed = Webhook.Status("wamid.out", "failed");
        failed["errors"] = JsonNode.Parse("""[{"code":131047,"title":"Re-engagement message"}]""");
        failed["biz_opaque_callback_data"] = "reply:x:text";

        var batch = WebhookParser.Parse(Encoding.UTF8.GetBytes(Webhook.Body(statuses: [failed], errors: errors)));
        var other = WebhookParser.Parse(Encoding.UTF8.GetBytes(Webhook.Body(field: "group_lifecycle_update")));

        var status = Assert.Single(batch.Statuses);
        Assert.Equal(("failed", 131047, "reply:x:text"), (status.Status, status.ErrorCode, status.CallbackData));
        Assert.Contains(batch.Events, e => e.Kind == "error" && e.Raw.Contains("130429", StringComparison.Ordinal));
        Assert.Equal("group_lifecycle_update", Assert.Single(other.Events).Kind);
    }

    [Theory]
    [InlineData("99999999999999", false)]
    [InlineData("253402300800", false)]
    [InlineData("1732500000", true)]
    public void Parse_TimestampBeyondWhatADateCanHold_ReadsAsUnknownInsteadOfThrowing(string timestamp, bool readable)
    {
        var body = $$$"""{"entry":[{"changes":[{"field":"messages","value":{"messages":[{"id":"wamid.t","from":"1","timestamp":"{{{timestamp}}}","type":"text","text":{"body":"hi"}}],"statuses":[{"id":"wamid.s","status":"read","timestamp":"{{{timestamp}}}"}]}}]}]}""";

        var batch = WebhookParser.Parse(Encoding.UTF8.GetBytes(body));

        Assert.Equal(readable, Assert.Single(batch.Messages).Timestamp is not null);
        Assert.Single(batch.Statuses);
    }

    [Theory]
    [InlineData("""{"object":"whatsapp_business_account"}""")]
    [InlineData("""{"entry":[{"id":"1"}]}""")]
    [InlineData("""{"entry":[{"changes":[{"field":"messages","value":{"messages":[{"from":"1","type":"text"}],"statuses":[{"id":"x"}]}}]}]}""")]
    [InlineData("""[1,2,3]""")]
    public void Parse_OddButValidJson_NeverThrows(string body)
    {
        var batch = WebhookParser.Parse(Encoding.UTF8.GetBytes(body));

        Assert.Empty(batch.Messages);
        Assert.NotEmpty(batch.Events);
    }

    [Fact]
    public void Parse_InvalidJson_Throws()
    {
        Assert.ThrowsAny<JsonException>(() => WebhookParser.Parse("{not json"u8));
    }

    [Fact]
    public void Parse_EverySharedFixture_ParsesWithoutLosingAnything()
    {
        var folder = SharedFolder.Locate("fixtures/whatsapp/inbound", Environment.GetEnvironmentVariable(SharedFolder.EnvironmentVariable));
        if (folder is null)
        {
            Assert.Skip("Needs ../shared/fixtures/whatsapp/inbound beside the checkout (or WHATSTYLE_SHARED_DIR); not found, so this test is skipped.");
        }

        foreach (var file in Directory.GetFiles(folder, "*.json").Where(f => !Path.GetFileName(f).StartsWith('_')))
        {
            var batch = WebhookParser.Parse(File.ReadAllBytes(file));
            Assert.True(batch.Messages.Count + batch.Statuses.Count + batch.Events.Count > 0, $"{Path.GetFileName(file)} produced nothing");
        }
    }
}
