using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ModelContextProtocol.Protocol;
using WhatStyle.Mcp.Tests.Support;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Stickers;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Mcp.Tests.Tools;

public sealed class StickerToolsTests
{
    [Fact]
    public async Task SelectSticker_FittingEmotion_ReturnsStickerAndWebpImage()
    {
        await using var context = await McpTestContext.CreateAsync();
        var client = await context.ConnectAsync();

        var result = await client.CallAsync("select_sticker", new { emotion = "joy", relationship = "friend", intensity = 0.7 });

        var selection = result.Structured();
        Assert.True(selection.GetProperty("found").GetBoolean());
        var id = selection.GetProperty("sticker").GetProperty("id").GetString();
        Assert.Equal($"whatstyle://stickers/{id}", selection.GetProperty("sticker").GetProperty("imageUri").GetString());
        Assert.False(selection.GetProperty("sticker").TryGetProperty("filePath", out _));
        var image = Assert.Single(result.Content.OfType<ImageContentBlock>());
        Assert.Equal("image/webp", image.MimeType);
        Assert.Equal("RIFF"u8.ToArray(), image.DecodedData.ToArray()[..4]);
    }

    [Fact]
    public async Task SelectSticker_ContactWithoutRelationshipArgument_AsksForTheContactsRelationship()
    {
        await using var context = await McpTestContext.CreateAsync(UseFakeSelector);
        var client = await context.ConnectAsync();

        (await client.CallAsync("select_sticker", new { emotion = "love", contact = "Dad" })).Structured();

        var request = Assert.Single(context.Services.GetRequiredService<FakeStickerSelector>().Requests);
        Assert.Equal(Relationship.Parent, request.Relationship);
        Assert.Equal(context.Seeded.DadId, request.ContactId);
        Assert.Equal(Emotion.Love, request.Emotion);
    }

    [Fact]
    public async Task SelectSticker_NothingFits_ReturnsNotFoundWithReasonAndNoImage()
    {
        await using var context = await McpTestContext.CreateAsync(UseFakeSelector);
        var client = await context.ConnectAsync();

        var result = await client.CallAsync("select_sticker", new { emotion = "disgust" });

        Assert.False(result.Structured().GetProperty("found").GetBoolean());
        Assert.False(string.IsNullOrEmpty(result.Structured().GetProperty("reason").GetString()));
        Assert.Empty(result.Content.OfType<ImageContentBlock>());
    }

    [Theory]
    [InlineData("grumpy", null, "Use one of: joy, love, sadness, anger, fear, surprise, disgust, neutral")]
    [InlineData("joy", 1.5, "'intensity' must be a number from 0 to 1")]
    public async Task SelectSticker_BadArgument_ErrorTellsWhatToFix(string emotion, double? intensity, string expected)
    {
        await using var context = await McpTestContext.CreateAsync();
        var client = await context.ConnectAsync();

        var error = (await client.CallAsync("select_sticker", new { emotion, intensity })).Error();

        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    // The fake selector records requests and has no "disgust" sticker, whatever the real catalogue holds.
    private static void UseFakeSelector(IServiceCollection services)
    {
        services.RemoveAll<IStickerCatalog>();
        services.RemoveAll<IStickerSelector>();
        services.AddSingleton<IStickerCatalog>(sp => TestDomain.CreateFakeCatalog(sp));
        services.AddSingleton<FakeStickerSelector>();
        services.AddSingleton<IStickerSelector>(sp => sp.GetRequiredService<FakeStickerSelector>());
    }
}
