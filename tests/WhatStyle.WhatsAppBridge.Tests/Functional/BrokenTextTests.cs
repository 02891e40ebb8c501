using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using WhatStyle.WhatsAppBridge.Storage;
using WhatStyle.WhatsAppBridge.Tests.Support;
using WhatStyle.WhatsAppBridge.Webhooks;

namespace WhatStyle.WhatsAppBridge.Tests.Functional;

/// <summary>
/// Text that is still JSON but not readable as a string: half a surrogate pair (a client that cut an emoji in two) or
/// bytes that are not UTF-8. The message is stored and answered with U+FFFD in place of the broken character, on every
/// channel; before, the record failed on every retry and was set aside unanswered.
/// </summary>
public sealed class BrokenTextTests
{
    private const string Sender = "4917012345678";
    private const string Marker = "BROKEN";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> Breakages => new()
    {
        { "cloud", "lone-high-surrogate" },
        { "cloud", "lone-low-surrogate" },
        { "cloud", "invalid-utf8" },
        { "waha", "lone-high-surrogate" },
        { "evolution", "invalid-utf8" },
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public async Task Post_TextWithABrokenCharacter_IsStoredWithAReplacementCharacterNotDeadLettered(string channel, string breakage)
    {
        await using var engine = await FakeEngine.StartAsync(Ct);
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = channel == "cloud" ? new BridgeFactory(graph) : new BridgeFactory(graph, PersonalWebhook.Settings(channel, engine));
        var client = factory.CreateClient();
        var json = channel == "cloud"
            ? Webhook.Body([Webhook.Text(Sender, $"miss you {Marker} so much")])
            : PersonalWebhook.Text(channel, Sender, $"miss you {Marker} so much").ToJsonString();
        var body = Break(json, breakage);

        var response = channel == "cloud"
            ? await Webhook.PostAsync(client, body, WebhookSignature.Compute(body, BridgeFactory.AppSecret), Ct)
            : await PersonalWebhook.PostAsync(client, channel, body, sign: true, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var database = factory.Services.GetRequiredService<BridgeDatabase>();
        await Webhook.EventuallyAsync(() => database.Messages.Count() == 1, "the message stored");
        Assert.Equal("miss you \uFFFD so much", database.Messages.FindAll().Single().Text);
        Assert.Equal(0, database.InboxDeadLetters.Count());
    }

    [Fact]
    public async Task Post_EvolutionApiKeyWithHalfASurrogatePair_Is401Not500()
    {
        await using var engine = await FakeEngine.StartAsync(Ct);
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph, PersonalWebhook.Settings("evolution", engine));
        var client = factory.CreateClient();
        var body = PersonalWebhook.Text("evolution", Sender, "hi");
        body["apikey"] = Marker;

        var response = await PersonalWebhook.PostAsync(client, "evolution", Break(body.ToJsonString(), "lone-high-surrogate"), sign: true, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("\"\\\\ud83d\"")]                 // an escaped backslash before "ud83d": text, not an escape
    [InlineData("\"\\ud83d\\ude00 \\u00e9 \\n\"")] // a whole pair and other escapes
    [InlineData("\"plain\"")]
    public void Repair_LeavesReadableJsonAsItIs(string json)
    {
        var body = Encoding.UTF8.GetBytes(json);

        Assert.Equal(json, Encoding.UTF8.GetString(JsonTextRepair.Repair(body)));
    }

    private static byte[] Break(string json, string breakage)
    {
        var marker = Encoding.UTF8.GetBytes(Marker);
        var broken = breakage switch
        {
            "lone-high-surrogate" => Encoding.UTF8.GetBytes("\\ud83d"),
            "lone-low-surrogate" => Encoding.UTF8.GetBytes("\\ude00"),
            "invalid-utf8" => [0xFF], // never a byte of UTF-8
            _ => throw new ArgumentOutOfRangeException(nameof(breakage)),
        };
        var bytes = Encoding.UTF8.GetBytes(json);
        var at = bytes.AsSpan().IndexOf(marker);
        Assert.True(at >= 0);
        return [.. bytes[..at], .. broken, .. bytes[(at + marker.Length)..]];
    }
}
