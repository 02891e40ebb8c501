using System.Buffers.Binary;
using System.Globalization;
using System.IO.Hashing;

namespace WhatStyle.Tools.Storage;

/// <summary>
/// The bridge's inbox log record, in one place: the bridge writes and reads it, and <c>whatstyle storage</c> rewrites it
/// (encrypt) and checks it. A record is length (uint32 LE, of what follows the CRC plus 8), CRC-32 of the rest (uint32 LE),
/// received-at ms (int64 LE), body (sealed by <see cref="InboxCipher"/> when the log is encrypted). Segments are
/// <c>inbox/NNNNNNNNNNNN.log</c>; a position in the log is a segment number and a byte offset in it.
/// </summary>
public static class InboxLogFormat
{
    /// <summary>Bytes before a record's body.</summary>
    public const int HeaderBytes = 16;

    /// <summary>A segment file's extension.</summary>
    public const string SegmentExtension = ".log";

    /// <summary>Bytes a record of <paramref name="bodyLength"/> takes.</summary>
    public static int RecordLength(int bodyLength) => HeaderBytes + bodyLength;

    /// <summary>Writes one record into <paramref name="record"/> (exactly <see cref="RecordLength"/> bytes).</summary>
    public static void Write(Span<byte> record, ReadOnlySpan<byte> body, long receivedAtMs)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(record, (uint)(body.Length + 8));
        BinaryPrimitives.WriteInt64LittleEndian(record[8..], receivedAtMs);
        body.CopyTo(record[HeaderBytes..]);
        BinaryPrimitives.WriteUInt32LittleEndian(record[4..], Crc32.HashToUInt32(record[8..(HeaderBytes + body.Length)]));
    }

    /// <summary>The file name of segment <paramref name="segment"/>.</summary>
    public static string SegmentFileName(long segment) => segment.ToString("D12", CultureInfo.InvariantCulture) + SegmentExtension;

    /// <summary>The segment numbers in <paramref name="inboxDirectory"/>, in order (none when it does not exist).</summary>
    public static IReadOnlyList<long> Segments(string inboxDirectory) => !Directory.Exists(inboxDirectory)
        ? []
        : [.. Directory.EnumerateFiles(inboxDirectory, "*" + SegmentExtension)
            .Select(f => long.TryParse(Path.GetFileNameWithoutExtension(f), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1)
            .Where(n => n > 0)
            .Order()];

    /// <summary>
    /// Every whole record of a segment file, in order, and where they end. Reading stops at the first record whose length
    /// or checksum is wrong: what follows (<c>ValidLength</c> to the file's length) is a torn tail or damage.
    /// </summary>
    public static InboxSegmentRecords ReadSegment(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var records = new List<InboxLogRecord>();
        var offset = 0;
        while (offset + HeaderBytes <= bytes.Length)
        {
            var length = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(offset));
            if (length < 8 || offset + 8L + length > bytes.Length)
            {
                break;
            }

            var payload = bytes.AsSpan(offset + 8, (int)length);
            if (Crc32.HashToUInt32(payload) != BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(offset + 4)))
            {
                break;
            }

            records.Add(new InboxLogRecord(offset, BinaryPrimitives.ReadInt64LittleEndian(payload), payload[8..].ToArray()));
            offset += 8 + (int)length;
        }

        return new InboxSegmentRecords(records, offset, bytes.Length);
    }
}

/// <summary>One record of an inbox log segment: where it starts, when it was received and its stored body.</summary>
public sealed record InboxLogRecord(long Offset, long ReceivedAtMs, byte[] Body);

/// <summary>A segment's whole records, the length they cover and the file's length (longer when a tail is torn or damaged).</summary>
public sealed record InboxSegmentRecords(IReadOnlyList<InboxLogRecord> Records, long ValidLength, long FileLength)
{
    /// <summary>True when bytes follow the last whole record.</summary>
    public bool HasInvalidTail => ValidLength != FileLength;
}
