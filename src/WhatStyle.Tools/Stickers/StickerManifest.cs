namespace WhatStyle.Tools.Stickers;

/// <summary>The manifest.json of a sticker pack: the pack's name and one entry per sticker (format in docs/stickers.md).</summary>
internal sealed record StickerManifest
{
    /// <summary>The pack's name; user packs default to their folder name.</summary>
    public string? Pack { get; init; }

    /// <summary>Who made the art and under which licence, shown by `whatstyle stickers list`.</summary>
    public string? Attribution { get; init; }

    public IReadOnlyList<StickerManifestEntry> Stickers { get; init; } = [];
}

/// <summary>One sticker in a manifest. Strings rather than enums, so a typo is reported by name instead of failing the whole file.</summary>
internal sealed record StickerManifestEntry
{
    public string? Id { get; init; }

    /// <summary>The WebP file name, inside the pack folder (no sub-folders).</summary>
    public string? File { get; init; }

    public string? Emoji { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<string>? Emotions { get; init; }
    public IReadOnlyList<string>? Moments { get; init; }

    /// <summary>Relationships it suits; omitted means everyone (romantic stickers still go to partners only).</summary>
    public IReadOnlyList<string>? Relationships { get; init; }

    /// <summary>0..1; omitted means 0.5.</summary>
    public double? Intensity { get; init; }

    /// <summary>Starter pack only: the artwork files `whatstyle stickers build` renders (the first is the main art, a second one a small badge).</summary>
    public IReadOnlyList<string>? Sources { get; init; }
}
