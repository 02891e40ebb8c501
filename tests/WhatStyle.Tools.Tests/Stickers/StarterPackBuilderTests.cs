using System.Text.Json;
using Microsoft.Extensions.Options;
using WhatStyle.Tools.Serialization;
using WhatStyle.Tools.Stickers;
using WhatStyle.Tools.Stickers.Rendering;

namespace WhatStyle.Tools.Tests.Stickers;

public sealed class StarterPackBuilderTests : IDisposable
{
    private const string Circle = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 36 36"><circle cx="18" cy="18" r="16" fill="#FFCC4D"/></svg>""";
    private const string Heart = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 36 36"><path d="M18 32 L4 16 A7 7 0 0 1 18 8 A7 7 0 0 1 32 16 Z" fill="#DD2E44"/></svg>""";
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task BuildAsync_SvgArtwork_WritesValidStickers()
    {
        var art = _temp.Sub("art");
        File.WriteAllText(Path.Combine(art, "circle.svg"), Circle);
        File.WriteAllText(Path.Combine(art, "heart.svg"), Heart);
        var output = WriteManifest(
            new { id = "sun", file = "sun.webp", emoji = "🙂", description = "sun", emotions = new[] { "joy" }, moments = new[] { "laughter" }, sources = new[] { "circle.svg" } },
            new { id = "sun-love", file = "sun-love.webp", emoji = "🥰", description = "sun with heart", emotions = new[] { "love" }, moments = new[] { "love" }, sources = new[] { "circle.svg", "heart.svg" } });

        var report = await Builder().BuildAsync(art, output, Ct);

        Assert.Empty(report.Failed);
        Assert.Equal(["sun", "sun-love"], report.Built.Select(b => b.Id));
        Assert.All(report.Built, b => Assert.Null(StickerFileCheck.Problem(b.FilePath)));
    }

    [Fact]
    public async Task BuildAsync_MissingOrBrokenArtwork_ReportsEachFailure()
    {
        var art = _temp.Sub("art");
        File.WriteAllText(Path.Combine(art, "broken.svg"), "this is not svg");
        var output = WriteManifest(
            new { id = "gone", file = "gone.webp", emoji = "🙂", emotions = new[] { "joy" }, moments = new[] { "laughter" }, sources = new[] { "nope.svg" } },
            new { id = "broken", file = "broken.webp", emoji = "🙂", emotions = new[] { "joy" }, moments = new[] { "laughter" }, sources = new[] { "broken.svg" } },
            new { id = "no-sources", file = "x.webp", emoji = "🙂", emotions = new[] { "joy" }, moments = new[] { "laughter" } });

        var report = await Builder().BuildAsync(art, output, Ct);

        Assert.Empty(report.Built);
        Assert.Equal(["gone", "broken", "no-sources"], report.Failed.Select(f => f.Name));
        Assert.Contains("not found", report.Failed[0].Reason, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(output, "gone.webp")));
    }

    [Fact]
    public async Task BuildAsync_MissingArtworkFolder_Throws()
    {
        await Assert.ThrowsAsync<DirectoryNotFoundException>(() => Builder().BuildAsync(Path.Combine(_temp.Path, "none"), _temp.Sub("out"), Ct));
    }

    public void Dispose() => _temp.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static StarterPackBuilder Builder() => new(Options.Create(new StickerOptions()));

    private string WriteManifest(params object[] stickers)
    {
        var output = _temp.Sub("out");
        File.WriteAllText(Path.Combine(output, "manifest.json"), JsonSerializer.Serialize(new { pack = "starter", stickers }, WhatStyleJson.Indented));
        return output;
    }
}
