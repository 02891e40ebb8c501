using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using WhatStyle.Mcp.Tests.Support;

namespace WhatStyle.Mcp.Tests.Resources;

public sealed class StickerResourcesTests
{
    [Fact]
    public async Task ReadCatalog_Always_ListsStickersWithImageUrisAndNoPaths()
    {
        await using var context = await McpTestContext.CreateAsync();
        var client = await context.ConnectAsync();

        var result = await client.ReadResourceAsync("whatstyle://stickers", cancellationToken: TestContext.Current.CancellationToken);

        var text = Assert.IsType<TextResourceContents>(Assert.Single(result.Contents)).Text;
        using var json = JsonDocument.Parse(text);
        var stickers = json.RootElement.GetProperty("stickers").EnumerateArray().ToList();
        Assert.NotEmpty(stickers);
        Assert.All(stickers, s => Assert.StartsWith("whatstyle://stickers/", s.GetProperty("imageUri").GetString(), StringComparison.Ordinal));
        Assert.DoesNotContain(context.DataDirectory, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadStickerImage_KnownId_ReturnsWebpBlob()
    {
        await using var context = await McpTestContext.CreateAsync();
        var client = await context.ConnectAsync();
        var catalog = await client.ReadResourceAsync("whatstyle://stickers", cancellationToken: TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(Assert.IsType<TextResourceContents>(catalog.Contents[0]).Text);
        var uri = json.RootElement.GetProperty("stickers")[0].GetProperty("imageUri").GetString()!;

        var result = await client.ReadResourceAsync(uri, cancellationToken: TestContext.Current.CancellationToken);

        var blob = Assert.IsType<BlobResourceContents>(Assert.Single(result.Contents));
        Assert.Equal("image/webp", blob.MimeType);
        Assert.Equal(uri, blob.Uri);
        Assert.Equal("RIFF"u8.ToArray(), blob.DecodedData.ToArray()[..4]);
    }

    [Fact]
    public async Task ReadStickerImage_UnknownId_FailsAsResourceNotFound()
    {
        await using var context = await McpTestContext.CreateAsync();
        var client = await context.ConnectAsync();

        var error = await Assert.ThrowsAsync<McpProtocolException>(() =>
            client.ReadResourceAsync("whatstyle://stickers/no-such-sticker", cancellationToken: TestContext.Current.CancellationToken).AsTask());

        Assert.Contains("No sticker has that id", error.Message, StringComparison.Ordinal);
    }
}
