using ModelContextProtocol;
using WhatStyle.Tools.Stickers;

namespace WhatStyle.Mcp.Tools;

/// <summary>Reads a sticker's WebP file for tools and resources, without ever naming the file path in an error.</summary>
internal static class StickerImages
{
    public const string MimeType = "image/webp";

    /// <summary>WhatsApp refuses stickers over 100 KB; anything far larger is not a sticker and is not sent over the wire.</summary>
    private const long MaxBytes = 1024 * 1024;

    public static async Task<byte[]> ReadAsync(Sticker sticker, CancellationToken cancellationToken)
    {
        try
        {
            var info = new FileInfo(sticker.FilePath);
            if (!info.Exists || info.Length > MaxBytes)
            {
                throw Unreadable(sticker.Id);
            }

            return await File.ReadAllBytesAsync(info.FullName, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw Unreadable(sticker.Id);
        }
    }

    private static McpException Unreadable(string id) =>
        new($"The image of sticker '{id}' cannot be read right now. Send no sticker, or pick another from whatstyle://stickers.");
}
