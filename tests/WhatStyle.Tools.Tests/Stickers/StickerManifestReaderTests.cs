using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Stickers;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Tools.Tests.Stickers;

public sealed class StickerManifestReaderTests
{
    private static readonly StickerManifestEntry Good = new()
    {
        Id = "cat-hug",
        File = "cat-hug.webp",
        Emoji = "🤗",
        Description = "A cat hugging",
        Emotions = ["Sadness", "love"],
        Moments = ["Hug", "comfort"],
        Relationships = ["friend", "SIBLING"],
        Intensity = 0.7,
    };

    [Fact]
    public void ToSticker_GoodEntry_ParsesNamesCaseInsensitively()
    {
        var sticker = StickerManifestReader.ToSticker(Good, "/packs/cats", "cats", "cats/", out var problem);

        Assert.Equal(string.Empty, problem);
        Assert.NotNull(sticker);
        Assert.Equal("cats/cat-hug", sticker.Id);
        Assert.Equal([Emotion.Sadness, Emotion.Love], sticker.Emotions);
        Assert.Equal(["hug", "comfort"], sticker.Moments);
        Assert.Equal([Relationship.Friend, Relationship.Sibling], sticker.Relationships);
        Assert.Equal(Path.GetFullPath("/packs/cats/cat-hug.webp"), sticker.FilePath);
    }

    [Theory]
    [InlineData("id", "needs an id")]
    [InlineData("file", "needs a \"file\"")]
    [InlineData("traversal", "no sub-folders")]
    [InlineData("png", "needs a \"file\"")]
    [InlineData("emoji", "needs the \"emoji\"")]
    [InlineData("emotions", "needs at least one emotion")]
    [InlineData("numeric-emotion", "unknown emotion \"2\"")]
    [InlineData("relationship", "unknown relationship \"boss\"")]
    [InlineData("intensity", "between 0 and 1")]
    public void ToSticker_BadEntry_SaysWhatIsWrong(string flaw, string expected)
    {
        var entry = flaw switch
        {
            "id" => Good with { Id = "Cat Hug" },
            "file" => Good with { File = null },
            "traversal" => Good with { File = "../../etc/x.webp" },
            "png" => Good with { File = "cat.png" },
            "emoji" => Good with { Emoji = " " },
            "emotions" => Good with { Emotions = [] },
            "numeric-emotion" => Good with { Emotions = ["2"] },
            "relationship" => Good with { Relationships = ["boss"] },
            _ => Good with { Intensity = 1.5 },
        };

        var sticker = StickerManifestReader.ToSticker(entry, "/packs/cats", "cats", "cats/", out var problem);

        Assert.Null(sticker);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ToSticker_NoRelationships_MeansEveryone()
    {
        var sticker = StickerManifestReader.ToSticker(Good with { Relationships = null }, "/p", "p", "", out _);

        Assert.Equal(Enum.GetValues<Relationship>(), sticker!.Relationships);
    }

    [Fact]
    public void ToSticker_RomanticWithoutRelationships_MeansPartnerOnly()
    {
        var sticker = StickerManifestReader.ToSticker(Good with { Relationships = null, Moments = ["romance"] }, "/p", "p", "", out _);

        Assert.Equal([Relationship.Partner], sticker!.Relationships);
    }
}
