namespace WhatStyle.Tools.Stickers;

/// <summary>Checks a file against what WhatsApp accepts as a static sticker: WebP, 512×512, at most 100 KB, with transparency.</summary>
public static class StickerFileCheck
{
    /// <summary>Width and height WhatsApp requires, in pixels.</summary>
    public const int Size = 512;

    /// <summary>Largest static sticker WhatsApp accepts, in bytes (100 KB).</summary>
    public const int MaxBytes = 100 * 1024;

    /// <summary>Returns null when the file is a valid sticker, else why it is refused (e.g. "is 640×480; stickers must be 512×512").</summary>
    public static string? Problem(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            return "does not exist";
        }

        if (file.Length > MaxBytes)
        {
            return $"is {file.Length / 1024.0:0.#} KB; WhatsApp accepts at most {MaxBytes / 1024} KB";
        }

        return Problem(File.ReadAllBytes(path));
    }

    /// <summary>The same check on bytes already in memory.</summary>
    public static string? Problem(ReadOnlySpan<byte> data)
    {
        if (data.Length > MaxBytes)
        {
            return $"is {data.Length / 1024.0:0.#} KB; WhatsApp accepts at most {MaxBytes / 1024} KB";
        }

        if (!WebpHeader.TryRead(data, out var info, out var problem))
        {
            return problem;
        }

        if (info!.IsAnimated)
        {
            return "is an animated WebP; only static stickers are supported";
        }

        if (info.Width != Size || info.Height != Size)
        {
            return $"is {info.Width}×{info.Height}; stickers must be exactly {Size}×{Size}";
        }

        if (!info.HasAlpha)
        {
            return "has no transparency (no alpha channel); stickers need a transparent background";
        }

        return null;
    }
}
