using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Stickers;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Mcp.Results;

/// <summary>A sticker as clients see it: what it is for, and where to fetch its image, never a local file path.</summary>
/// <param name="Id">Stable id, e.g. "hug-warm".</param>
/// <param name="Emoji">The emoji it stands for.</param>
/// <param name="Description">What it shows.</param>
/// <param name="Emotions">Emotions it suits.</param>
/// <param name="Moments">Moments it is sent for.</param>
/// <param name="Relationships">Relationships it suits.</param>
/// <param name="Intensity">How strong it is, 0..1.</param>
/// <param name="Pack">"starter" or the owner's pack name.</param>
/// <param name="ImageUri">MCP resource URI of the WebP image.</param>
public sealed record StickerView(
    string Id,
    string Emoji,
    string Description,
    IReadOnlyList<Emotion> Emotions,
    IReadOnlyList<string> Moments,
    IReadOnlyList<Relationship> Relationships,
    double Intensity,
    string Pack,
    string ImageUri)
{
    public static StickerView From(Sticker sticker)
    {
        ArgumentNullException.ThrowIfNull(sticker);
        return new StickerView(
            sticker.Id, sticker.Emoji, sticker.Description, sticker.Emotions, sticker.Moments, sticker.Relationships,
            sticker.Intensity, sticker.Pack, $"whatstyle://stickers/{Uri.EscapeDataString(sticker.Id)}");
    }
}

/// <summary>Result of <c>select_sticker</c>.</summary>
/// <param name="Found">False when no sticker fits; sending none is a fine answer.</param>
/// <param name="Sticker">The chosen sticker, when one fits.</param>
/// <param name="Reason">Why none was chosen, when none was.</param>
public sealed record StickerSelection(bool Found, StickerView? Sticker, string? Reason);

/// <summary>The sticker catalogue resource.</summary>
/// <param name="Stickers">Every sticker, starter pack first.</param>
public sealed record StickerCatalogView(IReadOnlyList<StickerView> Stickers);
