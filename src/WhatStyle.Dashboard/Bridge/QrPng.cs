using System.Buffers.Binary;

namespace WhatStyle.Dashboard.Bridge;

/// <summary>
/// The one check a session QR passes before the dashboard shows it: PNG bytes (signature, then an IHDR chunk of sane
/// dimensions), no larger than <see cref="MaxBytes"/>. An engine answering HTML or JSON where an image belongs shows nothing.
/// </summary>
public static class QrPng
{
    /// <summary>A QR PNG is a few KB; anything larger is not one.</summary>
    public const int MaxBytes = 512 * 1024;

    private const int MaxSide = 4096;

    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>True when <paramref name="bytes"/> is a PNG image the dashboard may embed.</summary>
    public static bool IsValid(ReadOnlySpan<byte> bytes)
    {
        // Signature (8), IHDR length (4) = 13, "IHDR" (4), width (4), height (4).
        if (bytes.Length < 24 || bytes.Length > MaxBytes || !bytes[..8].SequenceEqual(Signature))
        {
            return false;
        }

        if (BinaryPrimitives.ReadUInt32BigEndian(bytes[8..12]) != 13 || !bytes[12..16].SequenceEqual("IHDR"u8))
        {
            return false;
        }

        var width = BinaryPrimitives.ReadUInt32BigEndian(bytes[16..20]);
        var height = BinaryPrimitives.ReadUInt32BigEndian(bytes[20..24]);
        return width is > 0 and <= MaxSide && height is > 0 and <= MaxSide;
    }

    /// <summary><paramref name="bytes"/> when valid, else null.</summary>
    public static byte[]? OrNull(byte[]? bytes) => bytes is not null && IsValid(bytes) ? bytes : null;

    /// <summary>
    /// The PNG in a base64 text as engines send it (bare, or as a <c>data:image/png;base64,</c> URI); null when it is
    /// not base64 or not a valid PNG.
    /// </summary>
    public static byte[]? FromBase64(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxBytes * 2)
        {
            return null;
        }

        var comma = text.StartsWith("data:", StringComparison.OrdinalIgnoreCase) ? text.IndexOf(',', StringComparison.Ordinal) : -1;
        if (comma >= 0 && !text.AsSpan(0, comma).Contains(";base64", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var payload = comma >= 0 ? text[(comma + 1)..] : text;
        var buffer = new byte[payload.Length * 3 / 4 + 3];
        return Convert.TryFromBase64String(payload.Trim(), buffer, out var written) ? OrNull(buffer[..written]) : null;
    }
}
