using System.Buffers.Binary;
using System.Text;

namespace WhatStyle.Tools.Stickers;

/// <summary>Reads the RIFF/WEBP container header and the first image chunk, without decoding pixels.</summary>
/// <remarks>
/// Layout from the WebP container specification: "RIFF", a little-endian payload size, "WEBP", then one of
/// "VP8 " (lossy: frame tag, start code 9D 01 2A, 14-bit width and height), "VP8L" (lossless: signature 0x2F,
/// 14-bit width-1 and height-1, alpha bit, 3-bit version 0) or "VP8X" (extended: flags, 24-bit width-1 and height-1).
/// </remarks>
public static class WebpHeader
{
    /// <summary>Bytes needed to read any of the three headers.</summary>
    public const int MinimumLength = 30;

    private const byte AlphaFlag = 0x10;
    private const byte AnimationFlag = 0x02;

    /// <summary>Parses the header; returns false with a reason a person can act on when it is not a valid WebP.</summary>
    public static bool TryRead(ReadOnlySpan<byte> data, out WebpInfo? info, out string problem)
    {
        info = null;
        if (data.Length < 12 || !Tag(data, 0, "RIFF") || !Tag(data, 8, "WEBP"))
        {
            problem = "is not a WebP file (no RIFF/WEBP header)";
            return false;
        }

        var riffPayload = BinaryPrimitives.ReadUInt32LittleEndian(data[4..]);
        if (data.Length < MinimumLength || (long)riffPayload + 8 > data.Length)
        {
            problem = $"is truncated: the RIFF header announces {(long)riffPayload + 8} bytes but the file has {data.Length}";
            return false;
        }

        var chunk = Encoding.ASCII.GetString(data.Slice(12, 4));
        var chunkSize = BinaryPrimitives.ReadUInt32LittleEndian(data[16..]);
        if (20L + chunkSize > data.Length)
        {
            problem = $"is truncated: the {chunk.Trim()} chunk needs {chunkSize} bytes but the file ends first";
            return false;
        }

        var body = data[20..];
        switch (chunk)
        {
            case "VP8 ":
                if (body[3] != 0x9D || body[4] != 0x01 || body[5] != 0x2A)
                {
                    problem = "has a damaged VP8 (lossy) header: start code missing";
                    return false;
                }

                info = new WebpInfo(
                    BinaryPrimitives.ReadUInt16LittleEndian(body[6..]) & 0x3FFF,
                    BinaryPrimitives.ReadUInt16LittleEndian(body[8..]) & 0x3FFF,
                    HasAlpha: false,
                    IsAnimated: false,
                    chunk);
                break;

            case "VP8L":
                var bits = BinaryPrimitives.ReadUInt32LittleEndian(body[1..]);
                if (body[0] != 0x2F || bits >> 29 != 0)
                {
                    problem = "has a damaged VP8L (lossless) header: bad signature or version";
                    return false;
                }

                info = new WebpInfo(
                    (int)(bits & 0x3FFF) + 1,
                    (int)((bits >> 14) & 0x3FFF) + 1,
                    HasAlpha: ((bits >> 28) & 1) == 1,
                    IsAnimated: false,
                    chunk);
                break;

            case "VP8X":
                if (chunkSize < 10)
                {
                    problem = "has a damaged VP8X (extended) header";
                    return false;
                }

                info = new WebpInfo(
                    Read24(body[4..]) + 1,
                    Read24(body[7..]) + 1,
                    HasAlpha: (body[0] & AlphaFlag) != 0,
                    IsAnimated: (body[0] & AnimationFlag) != 0,
                    chunk);
                break;

            default:
                problem = $"is not a WebP image: unknown first chunk '{Printable(chunk)}'";
                return false;
        }

        problem = string.Empty;
        return true;
    }

    private static bool Tag(ReadOnlySpan<byte> data, int offset, string tag) =>
        data.Slice(offset, 4).SequenceEqual(Encoding.ASCII.GetBytes(tag));

    private static int Read24(ReadOnlySpan<byte> bytes) => bytes[0] | (bytes[1] << 8) | (bytes[2] << 16);

    private static string Printable(string tag) =>
        new(tag.Select(c => char.IsAsciiLetterOrDigit(c) || c == ' ' ? c : '?').ToArray());
}
