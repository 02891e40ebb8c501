using System.Text;
using System.Text.Json;
using WhatStyle.WhatsAppBridge.Channels.Waha;
using WhatStyle.WhatsAppBridge.Tests.Support;

namespace WhatStyle.WhatsAppBridge.Tests.Channels;

/// <summary>Contract tests: WAHA's webhook bodies as its engines post them (shared fixtures, and documented shapes written here).</summary>
public sealed class WahaWebhookParserTests
{
    private static readonly WahaWebhookParser Parser = new();

    [Fact]
    public void Parse_TextFixture_IsOneAnswerableMessageInTheSendersChat()
    {
        var batch = Parser.Parse(EngineFixtures.Read("waha", "message_text.constructed.json"));

        var message = Assert.Single(batch.Messages);
        Assert.Equal("false_4917012345678@c.us_3EB0C4A1F2E9D8B7A6C5", message.Id);
        Assert.Equal("4917012345678@c.us", message.Chat);
        Assert.Equal("4917012345678", message.From);
        Assert.Null(message.Group);
        Assert.Equal("hey babe 😘 what's up?", message.Text);
        Assert.Equal("Maria", message.SenderName);
        Assert.False(message.FromMe);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1741249702), message.Timestamp);
    }

    [Fact]
    public void Parse_GroupFixture_SenderIsTheParticipantAndTheMentionAddressesTheOwner()
    {
        var message = Assert.Single(Parser.Parse(EngineFixtures.Read("waha", "message_group.constructed.json")).Messages);

        Assert.Equal("120363041234567890@g.us", message.Chat);
        Assert.Equal("120363041234567890@g.us", message.Group);
        Assert.Equal("4917011112222", message.From);
        Assert.Equal("Dad", message.SenderName);
        Assert.True(message.AddressesOwner);
    }

    [Fact]
    public void Parse_LidSenderFixture_KeepsTheLidWholeAndIsNotAddressedToTheOwner()
    {
        var message = Assert.Single(Parser.Parse(EngineFixtures.Read("waha", "message_lid_sender.constructed.json")).Messages);

        Assert.Equal("123456789012345@lid", message.From);
        Assert.Equal("120363041234567890@g.us", message.Group);
        Assert.False(message.AddressesOwner);
    }

    [Fact]
    public void Parse_FromMeFixture_IsTheOwnersMessageInTheContactsChat()
    {
        var message = Assert.Single(Parser.Parse(EngineFixtures.Read("waha", "message_any_from_me.constructed.json")).Messages);

        Assert.True(message.FromMe);
        Assert.False(message.SentThroughApi);
        Assert.Equal("4917012345678@c.us", message.Chat);
        Assert.Equal("4917012345678", message.From);
        Assert.Null(message.SenderName);
    }

    [Fact]
    public void Parse_MediaFixtureWithUrlAndQuote_IsAPhotoWithCaptionQuotingTheOwner()
    {
        var message = Assert.Single(Parser.Parse(EngineFixtures.Read("waha", "message_media.constructed.json")).Messages);

        Assert.Equal("image", message.Type);
        Assert.Equal("look at this 😂", message.Text);
        Assert.Equal("3EB0D5E6F7A8B9C0D1E2", message.ContextId);
        Assert.Null(message.Note);
    }

    [Fact]
    public void Parse_MediaWithoutUrlOrCaption_IsAPlaceholderWithANote()
    {
        var body = Envelope("message", """{"id":"false_4917012345678@c.us_AAA","timestamp":1741250201,"from":"4917012345678@c.us","fromMe":false,"source":"app","body":"","hasMedia":true,"media":{"url":null,"mimetype":"audio/ogg; codecs=opus","error":"too large"}}""");

        var message = Assert.Single(Parser.Parse(body).Messages);

        Assert.Equal("audio", message.Type);
        Assert.Equal("[voice message]", message.Text);
        Assert.Equal("media without URL: too large", message.Note);
    }

    [Fact]
    public void Parse_SessionStatusFixture_ReportsTheState()
    {
        var batch = Parser.Parse(EngineFixtures.Read("waha", "session_status.constructed.json"));

        Assert.Equal("SCAN_QR_CODE", batch.SessionStatus);
        Assert.Empty(batch.Messages);
    }

    [Fact]
    public void Parse_Reaction_IsStoredNotAnsweredAndNamesItsTarget()
    {
        var body = Envelope("message.reaction", """{"id":"false_4917012345678@c.us_R1","timestamp":1741250301,"from":"4917012345678@c.us","fromMe":false,"reaction":{"text":"❤️","messageId":"true_4917012345678@c.us_3EB0D5E6F7A8B9C0D1E2"}}""");

        var message = Assert.Single(Parser.Parse(body).Messages);

        Assert.Equal("reaction", message.Type);
        Assert.Null(message.Text);
        Assert.Equal("reaction ❤️", message.Note);
        Assert.Equal("true_4917012345678@c.us_3EB0D5E6F7A8B9C0D1E2", message.TargetId);
    }

    [Fact]
    public void Parse_Revoked_NamesTheRevokedMessage()
    {
        var body = Envelope("message.revoked", """{"before":{"id":"false_4917012345678@c.us_OLD","from":"4917012345678@c.us","fromMe":false,"body":"oops"},"after":{"id":"false_4917012345678@c.us_REV","from":"4917012345678@c.us","fromMe":false,"timestamp":1741250401},"revokedMessageId":"OLD"}""");

        var message = Assert.Single(Parser.Parse(body).Messages);

        Assert.Equal("revoke", message.Type);
        Assert.Equal("false_4917012345678@c.us_OLD", message.TargetId);
        Assert.Equal("false_4917012345678@c.us_REV", message.Id);
    }

    [Fact]
    public void Parse_Edited_CarriesTheNewTextAndTheOriginal()
    {
        var body = Envelope("message.edited", """{"id":"false_4917012345678@c.us_EDIT","timestamp":1741250501,"from":"4917012345678@c.us","fromMe":false,"body":"see you at 8","editedMessageId":"false_4917012345678@c.us_ORIG"}""");

        var message = Assert.Single(Parser.Parse(body).Messages);

        Assert.Equal("edit", message.Type);
        Assert.Equal("see you at 8", message.EditedText);
        Assert.Equal("false_4917012345678@c.us_ORIG", message.TargetId);
    }

    [Fact]
    public void Parse_WebjsOwnMessage_ReadsTheChatFromTheIdNotFrom()
    {
        // WEBJS puts the owner in "from" and the chat in "to" for the owner's own messages.
        var body = Envelope("message.any", """{"id":"true_4917012345678@c.us_W1","timestamp":1741250601,"from":"15550001111@c.us","to":"4917012345678@c.us","fromMe":true,"source":"api","body":"hi"}""");

        var message = Assert.Single(Parser.Parse(body).Messages);

        Assert.Equal("4917012345678@c.us", message.Chat);
        Assert.True(message.SentThroughApi);
    }

    [Fact]
    public void Parse_UnknownEvent_IsKeptAsAnEvent()
    {
        var batch = Parser.Parse(Envelope("presence.update", """{"id":"4917012345678@c.us","presences":[]}"""));

        Assert.Empty(batch.Messages);
        Assert.Equal("waha:presence.update", Assert.Single(batch.Events).Kind);
    }

    [Fact]
    public void Parse_NotJson_Throws() => Assert.ThrowsAny<JsonException>(() => Parser.Parse("{nope"u8));

    private static byte[] Envelope(string kind, string payload) => Encoding.UTF8.GetBytes(
        $$"""{"id":"evt_1","timestamp":1741250000000,"event":"{{kind}}","session":"default","me":{"id":"15550001111@c.us","pushName":"Alex"},"payload":{{payload}},"engine":"GOWS"}""");
}
