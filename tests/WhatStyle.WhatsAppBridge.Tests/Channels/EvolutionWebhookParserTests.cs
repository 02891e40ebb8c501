using System.Text;
using WhatStyle.WhatsAppBridge.Channels.Evolution;
using WhatStyle.WhatsAppBridge.Tests.Support;

namespace WhatStyle.WhatsAppBridge.Tests.Channels;

/// <summary>Contract tests: Evolution API's webhook bodies as it posts them (shared fixtures, and documented shapes written here).</summary>
public sealed class EvolutionWebhookParserTests
{
    private static readonly EvolutionWebhookParser Parser = new();

    [Fact]
    public void Parse_TextFixture_IsOneAnswerableMessage()
    {
        var message = Assert.Single(Parser.Parse(EngineFixtures.Read("evolution", "messages_upsert_text.constructed.json")).Messages);

        Assert.Equal("3EB0F1F2F3F4F5F6F7F8", message.Id);
        Assert.Equal("4917012345678@s.whatsapp.net", message.Chat);
        Assert.Equal("4917012345678", message.From);
        Assert.Equal("hey babe 😘 what's up?", message.Text);
        Assert.Equal("Maria", message.SenderName);
        Assert.False(message.FromMe);
    }

    [Fact]
    public void Parse_ExtendedFromMeFixture_IsTheOwnersQuotedReply()
    {
        var message = Assert.Single(Parser.Parse(EngineFixtures.Read("evolution", "messages_upsert_extended.constructed.json")).Messages);

        Assert.True(message.FromMe);
        Assert.Equal("on my way, 10 min 🚗", message.Text);
        Assert.Equal("3EB0F1F2F3F4F5F6F7F8", message.ContextId);
        Assert.Null(message.SenderName);
    }

    [Fact]
    public void Parse_GroupLidFixture_SenderIsThePhoneFormOfTheLid()
    {
        var message = Assert.Single(Parser.Parse(EngineFixtures.Read("evolution", "messages_upsert_group_lid.constructed.json")).Messages);

        Assert.Equal("120363041234567890@g.us", message.Group);
        Assert.Equal("4917011112222", message.From);
        Assert.Equal("Dad", message.SenderName);
        Assert.False(message.AddressesOwner);
    }

    [Fact]
    public void Parse_GroupMessageMentioningTheOwner_AddressesTheOwner()
    {
        var body = Upsert("""{"key":{"remoteJid":"120363041234567890@g.us","fromMe":false,"id":"M1","participant":"4917011112222@s.whatsapp.net"},"pushName":"Dad","message":{"extendedTextMessage":{"text":"@15550001111 lunch?","contextInfo":{"mentionedJid":["15550001111@s.whatsapp.net"]}}},"messageType":"extendedTextMessage","messageTimestamp":1741250001}""");

        Assert.True(Assert.Single(Parser.Parse(body).Messages).AddressesOwner);
    }

    [Fact]
    public void Parse_ImageWithoutUrl_IsTheCaptionWithANote_AndWithUrlHasNone()
    {
        var without = Upsert("""{"key":{"remoteJid":"4917012345678@s.whatsapp.net","fromMe":false,"id":"I1"},"message":{"imageMessage":{"caption":"look"}},"messageType":"imageMessage","messageTimestamp":1741250001}""");
        var with = Upsert("""{"key":{"remoteJid":"4917012345678@s.whatsapp.net","fromMe":false,"id":"I2"},"message":{"imageMessage":{},"mediaUrl":"https://s3.example/x.jpg"},"messageType":"imageMessage","messageTimestamp":1741250001}""");

        var a = Assert.Single(Parser.Parse(without).Messages);
        var b = Assert.Single(Parser.Parse(with).Messages);

        Assert.Equal(("image", "look", "media without URL"), (a.Type, a.Text, a.Note));
        Assert.Equal(("image", "[photo]", (string?)null), (b.Type, b.Text, b.Note));
    }

    [Fact]
    public void Parse_ReactionRevokeAndEdit_NameTheirTargets()
    {
        var reaction = Upsert("""{"key":{"remoteJid":"4917012345678@s.whatsapp.net","fromMe":false,"id":"R1"},"message":{"reactionMessage":{"key":{"id":"T1"},"text":"👍"}},"messageType":"reactionMessage","messageTimestamp":1741250001}""");
        var revoke = Upsert("""{"key":{"remoteJid":"4917012345678@s.whatsapp.net","fromMe":false,"id":"R2"},"message":{"protocolMessage":{"key":{"id":"T2"},"type":"REVOKE"}},"messageType":"protocolMessage","messageTimestamp":1741250001}""");
        var edit = Upsert("""{"key":{"remoteJid":"4917012345678@s.whatsapp.net","fromMe":false,"id":"R3"},"message":{"protocolMessage":{"key":{"id":"T3"},"type":14,"editedMessage":{"conversation":"at 8 then"}}},"messageType":"protocolMessage","messageTimestamp":1741250001}""");

        var r = Assert.Single(Parser.Parse(reaction).Messages);
        var v = Assert.Single(Parser.Parse(revoke).Messages);
        var e = Assert.Single(Parser.Parse(edit).Messages);

        Assert.Equal(("reaction", "T1", "reaction 👍"), (r.Type, r.TargetId, r.Note));
        Assert.Equal(("revoke", "T2"), (v.Type, v.TargetId));
        Assert.Equal(("edit", "T3", "at 8 then"), (e.Type, e.TargetId, e.EditedText));
        Assert.All([r, v, e], m => Assert.Null(m.Text));
    }

    [Fact]
    public void Parse_MessagesUpdate_IsADeliveryStatus()
    {
        var body = Encoding.UTF8.GetBytes("""{"event":"messages.update","instance":"alex-phone","data":{"keyId":"3EB0AA","remoteJid":"4917012345678@s.whatsapp.net","fromMe":true,"status":"READ"},"apikey":"k"}""");

        var status = Assert.Single(Parser.Parse(body).Statuses);

        Assert.Equal(("3EB0AA", "read"), (status.MessageId, status.Status));
    }

    [Theory]
    [InlineData("open", "WORKING")]
    [InlineData("connecting", "STARTING")]
    [InlineData("close", "STOPPED")]
    public void Parse_ConnectionUpdate_ReportsTheSessionState(string state, string expected)
    {
        var body = Encoding.UTF8.GetBytes($$"""{"event":"connection.update","instance":"alex-phone","data":{"instance":"alex-phone","state":"{{state}}","statusReason":200},"apikey":"k"}""");

        Assert.Equal(expected, Parser.Parse(body).SessionStatus);
    }

    [Fact]
    public void Parse_UnknownEvent_IsKeptAsAnEvent()
    {
        var batch = Parser.Parse(Encoding.UTF8.GetBytes("""{"event":"contacts.update","instance":"alex-phone","data":[{"id":"x"}],"apikey":"k"}"""));

        Assert.Equal("evolution:contacts.update", Assert.Single(batch.Events).Kind);
    }

    private static byte[] Upsert(string data) => Encoding.UTF8.GetBytes(
        $$"""{"event":"messages.upsert","instance":"alex-phone","data":{{data}},"sender":"15550001111@s.whatsapp.net","apikey":"k"}""");
}
