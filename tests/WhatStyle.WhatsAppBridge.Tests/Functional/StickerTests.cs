using Microsoft.Extensions.DependencyInjection;
using WhatStyle.WhatsAppBridge.Storage;
using WhatStyle.WhatsAppBridge.Tests.Support;

namespace WhatStyle.WhatsAppBridge.Tests.Functional;

public sealed class StickerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReplyWithSticker_UploadsOnceAndReusesTheMediaId()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph);
        var sticker = Path.Combine(factory.DataDirectory, "smile.webp");
        await File.WriteAllBytesAsync(sticker, [0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4], Ct);
        factory.Agent.StickerPath = sticker;
        var client = factory.CreateClient();

        await Webhook.PostAsync(client, Webhook.Body([Webhook.Text("4917500001", "haha")]), Ct);
        await Webhook.EventuallyAsync(() => graph.Sends.Count == 2, "text and sticker");
        await Webhook.PostAsync(client, Webhook.Body([Webhook.Text("4917500002", "lol")]), Ct);
        await Webhook.EventuallyAsync(() => graph.Sends.Count == 4, "second text and sticker");

        var upload = Assert.Single(graph.Uploads);
        Assert.Equal("smile.webp|image/webp|whatsapp", upload);
        var stickers = graph.Sends.Where(s => (string?)s["type"] == "sticker").ToList();
        Assert.Equal(2, stickers.Count);
        Assert.All(stickers, s => Assert.StartsWith("media-", (string?)s["sticker"]!["id"], StringComparison.Ordinal));
        Assert.Equal((string?)stickers[0]["sticker"]!["id"], (string?)stickers[1]["sticker"]!["id"]);

        // Per recipient, the text goes before the sticker.
        var first = graph.SendsTo("+4917500001");
        Assert.Equal(["text", "sticker"], first.Select(s => (string?)s["type"]));
        Assert.Single(factory.Services.GetRequiredService<BridgeDatabase>().Media.FindAll());
    }
}
