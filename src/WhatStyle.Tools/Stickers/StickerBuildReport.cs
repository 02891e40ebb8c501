namespace WhatStyle.Tools.Stickers;

/// <summary>What a starter pack build did: each sticker written, with its size, and each one that failed, with why.</summary>
public sealed record StickerBuildReport(string OutputDirectory, IReadOnlyList<BuiltSticker> Built, IReadOnlyList<RefusedSticker> Failed);

/// <summary>One sticker file written by a build.</summary>
public sealed record BuiltSticker(string Id, string FilePath, long Bytes);

/// <summary>A sticker file that was not built or not added, and the reason a person can act on.</summary>
public sealed record RefusedSticker(string Name, string Reason);
