namespace WhatStyle.Tools.Stickers;

/// <summary>The outcome of adding a pack: where it went, the stickers added, and each file refused with its reason.</summary>
public sealed record StickerPackReport(string Pack, string? Directory, IReadOnlyList<Sticker> Added, IReadOnlyList<RefusedSticker> Refused);
