using System.Buffers.Binary;
using System.IO.Hashing;
using WhatStyle.Tools.Storage;
using WhatStyle.WhatsAppBridge.Storage;

namespace WhatStyle.WhatsAppBridge.Inbox;

/// <summary>
/// The durable inbox: an append-only log of accepted webhook bodies in <c>&lt;data-dir&gt;/inbox/*.log</c> segments.
/// Kept out of LiteDB on purpose: a LiteDB commit rewrites whole 8 KB pages (data, indexes, header) and every 1,000
/// log pages stops all writers for a checkpoint, which is what made the webhook acknowledgement slow. Here a batch of
/// bodies is one sequential write plus one fsync. One writer thread (<see cref="Append"/>) and one reader
/// (<see cref="Read"/>); the reader never reads past what the writer has made durable.
/// </summary>
/// <remarks>
/// Record: length (uint32 LE), CRC-32 of the rest (uint32 LE), received-at ms (int64 LE), body. With a storage password
/// the body is sealed by <see cref="InboxCipher"/> (AES-GCM); the CRC covers the sealed bytes, so a torn tail is found
/// and cut without the key, and a record that fails its tag is treated like one that fails its CRC (damage).
/// </remarks>
internal sealed class InboxLog : IInboxLog, IDisposable
{
    private const int HeaderBytes = InboxLogFormat.HeaderBytes;

    private readonly string _directory;
    private readonly long _segmentLimit;
    private readonly Lock _gate = new();
    private FileStream _active;
    private long _activeSegment;
    private long _durableEnd;
    private Exception? _faulted;
    private readonly InboxCipher? _cipher;

    public InboxLog(string dataDirectory, long segmentLimitBytes = 16L * 1024 * 1024, string? password = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        ArgumentOutOfRangeException.ThrowIfLessThan(segmentLimitBytes, 1024);
        _directory = Path.Combine(dataDirectory, BridgeFiles.InboxFolder);
        _segmentLimit = segmentLimitBytes;
        Directory.CreateDirectory(_directory);
        _cipher = InboxCipher.Open(_directory, password);
        var segments = Segments();
        _activeSegment = segments.Count == 0 ? 1 : segments[^1];
        _active = OpenForAppend(_activeSegment);

        // A torn record at the end was never acknowledged (the 200 waits for the fsync of its whole batch): cut it off
        // so later appends stay readable. The bytes cut off are kept beside the log: if they were not a torn tail but
        // damage in the middle of the file, the acknowledged records after it are still there to recover.
        _durableEnd = ValidLength(_active);
        if (_durableEnd != _active.Length)
        {
            var cut = new byte[_active.Length - _durableEnd];
            _active.Position = _durableEnd;
            _active.ReadExactly(cut);
            var quarantine = Path.ChangeExtension(PathOf(_activeSegment), $".cut-{DateTime.UtcNow:yyyyMMddTHHmmss}-at-{_durableEnd}");
            File.WriteAllBytes(quarantine, cut);
            _active.SetLength(_durableEnd);
            _active.Flush(flushToDisk: true);
        }

        _active.Position = _durableEnd;
    }

    /// <summary>The first position a fresh data directory reads from.</summary>
    public static InboxPosition Start => new(1, 0);

    InboxPosition IInboxLog.Start => Start;

    /// <inheritdoc />
    public string CursorName => WhatStyle.Tools.Storage.BridgeFiles.InboxCursorId;

    /// <summary>True after a failed write or fsync, until an append has recovered the log (see <see cref="Append"/>).</summary>
    public bool Faulted => Volatile.Read(ref _faulted) is not null;

    /// <summary>The seam through which tests make appends fail (a full disk) without a real full disk; production never sets it.</summary>
    internal StorageFaults Faults { get; } = new();

    /// <summary>Appends the bodies and makes them durable (fsync) before returning.</summary>
    public void Append(IReadOnlyList<byte[]> bodies, long receivedAtMs)
    {
        ArgumentNullException.ThrowIfNull(bodies);
        if (_cipher is not null)
        {
            bodies = [.. bodies.Select(b => _cipher.Seal(b, receivedAtMs))];
        }

        var size = bodies.Sum(b => (long)b.Length + HeaderBytes);
        var buffer = new byte[size];
        var offset = 0;
        foreach (var body in bodies)
        {
            var record = buffer.AsSpan(offset, InboxLogFormat.RecordLength(body.Length));
            InboxLogFormat.Write(record, body, receivedAtMs);
            offset += record.Length;
        }

        if (_faulted is not null)
        {
            Recover();
        }

        try
        {
            if (Faults.FailWrites is not null)
            {
                // A disk that fills in the middle of the batch: part of it lands, then the write fails.
                _active.Write(buffer, 0, buffer.Length / 2);
                Faults.ThrowIfFailing();
            }

            _active.Write(buffer);
            _active.Flush(flushToDisk: true);
        }
        catch (Exception ex)
        {
            // Nothing of this batch was acknowledged. After a failed write or fsync the file's state is unknown (Linux
            // may have dropped the dirty pages), so no later batch may land behind it: the log is faulted, each webhook
            // gets an error (503, Meta retries it), and the next append first recovers (see Recover) before writing.
            _faulted = ex;
            try
            {
                _active.SetLength(_durableEnd);
                _active.Position = _durableEnd;
            }
            catch (IOException)
            {
                // Already faulted; the restart's check cuts the torn tail.
            }

            throw;
        }

        lock (_gate)
        {
            _durableEnd = _active.Position;
            if (_durableEnd >= _segmentLimit)
            {
                // Roll: the finished segment is complete on disk; the reader moves on once it has read it. (The new
                // file's directory entry reaches the disk with the next fsync's journal commit on ext4/xfs.)
                _active.Dispose();
                _activeSegment++;
                _active = OpenForAppend(_activeSegment);
                _durableEnd = 0;
            }
        }
    }

    /// <summary>
    /// Makes the log writable again after a failed write: the faulted segment is reopened, cut back to its last durable
    /// record and synced, and appends continue in a fresh segment, so nothing is written behind bytes whose state was
    /// unknown. While the cause lasts (the disk is still full) this fails and the log stays faulted; the first append
    /// after the cause is gone succeeds, with no restart.
    /// </summary>
    private void Recover()
    {
        try
        {
            Faults.ThrowIfFailing();
            lock (_gate)
            {
                _active.Dispose();
                using (var faulted = new FileStream(PathOf(_activeSegment), FileMode.Open, FileAccess.ReadWrite, FileShare.Read | FileShare.Delete, 1))
                {
                    faulted.SetLength(_durableEnd);
                    faulted.Flush(flushToDisk: true);
                }

                _active = OpenForAppend(_activeSegment + 1);
                _activeSegment++;
                _durableEnd = 0;
            }

            _faulted = null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"The inbox log cannot be written yet ({_faulted?.Message}); it recovers by itself once the cause is gone.", ex);
        }
    }

    /// <summary>Reads up to <paramref name="max"/> durable records from <paramref name="from"/>; <c>Next</c> is where to continue.</summary>
    public InboxRead Read(InboxPosition from, int max)
    {
        long activeSegment;
        long durableEnd;
        lock (_gate)
        {
            activeSegment = _activeSegment;
            durableEnd = _durableEnd;
        }

        var position = from;
        if (position.Segment < activeSegment && !File.Exists(PathOf(position.Segment)))
        {
            // The position points at a segment already consumed and deleted (crash after delete): skip ahead.
            position = new InboxPosition(Segments().FirstOrDefault(s => s > position.Segment, activeSegment), 0);
        }

        var records = new List<InboxRecord>();
        while (records.Count < max)
        {
            var end = position.Segment == activeSegment ? durableEnd : long.MaxValue;
            var read = ReadSegment(position, end, max - records.Count, records);
            if (read == position && position.Segment < activeSegment)
            {
                // A finished segment fully read: continue in the next one.
                position = new InboxPosition(position.Segment + 1, 0);
                continue;
            }

            position = read;
            break;
        }

        return new InboxRead(records, position);
    }

    /// <summary>Deletes segments wholly before <paramref name="processed"/>; called once that position is stored.</summary>
    public void DeleteBefore(InboxPosition processed)
    {
        foreach (var segment in Segments().Where(s => s < processed.Segment))
        {
            DeleteFile(PathOf(segment));
        }
    }

    /// <summary>Deletes one processed segment file; replaceable so tests can make deletion fail.</summary>
    internal Action<string> DeleteFile { get; set; } = File.Delete;

    /// <summary>Durable bytes not yet processed (for /healthz).</summary>
    public long BacklogBytes(InboxPosition processed)
    {
        long active, durableEnd;
        lock (_gate)
        {
            (active, durableEnd) = (_activeSegment, _durableEnd);
        }

        // File sizes are read outside the writer's lock (a health check must not delay acknowledgements); a segment the
        // processor deletes meanwhile counts as read.
        var whole = Segments().Where(s => s >= processed.Segment && s < active).Sum(s =>
        {
            var file = new FileInfo(PathOf(s));
            return file.Exists ? file.Length : 0;
        });
        return Math.Max(0, whole + durableEnd - processed.Offset);
    }

    public void Dispose()
    {
        _active.Dispose();
        _cipher?.Dispose();
    }

    private InboxPosition ReadSegment(InboxPosition from, long end, int max, List<InboxRecord> records)
    {
        var path = PathOf(from.Segment);
        if (!File.Exists(path))
        {
            return from;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 64 * 1024);
        stream.Position = from.Offset;
        var offset = from.Offset;
        var header = new byte[HeaderBytes];
        var limit = Math.Min(end, stream.Length);
        while (records.Count < max && offset + HeaderBytes <= limit)
        {
            stream.ReadExactly(header);
            var length = BinaryPrimitives.ReadUInt32LittleEndian(header);
            if (length < 8 || offset + 8 + length > limit)
            {
                break;
            }

            var payload = new byte[length];
            header.AsSpan(8).CopyTo(payload);
            stream.ReadExactly(payload, 8, (int)length - 8);
            // A checksum mismatch in acknowledged data is damage on disk. The record is passed on flagged rather than
            // thrown for: the processor retries it a few times (a re-read may succeed), then keeps its bytes as a dead
            // letter and goes on, instead of stopping the whole inbox on it.
            var corrupt = Crc32.HashToUInt32(payload) != BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(4));
            var next = offset + 8 + length;
            var receivedAt = BinaryPrimitives.ReadInt64LittleEndian(payload);
            var body = payload[8..];
            if (_cipher is not null && !corrupt)
            {
                var opened = _cipher.TryOpen(body, receivedAt);
                corrupt = opened is null;
                body = opened ?? body;
            }

            records.Add(new InboxRecord(body, receivedAt)
            {
                At = new InboxPosition(from.Segment, offset),
                Next = new InboxPosition(from.Segment, next),
                Corrupt = corrupt,
            });
            offset = next;
        }

        return new InboxPosition(from.Segment, offset);
    }

    private static long ValidLength(FileStream stream)
    {
        stream.Position = 0;
        var header = new byte[HeaderBytes];
        long offset = 0;
        while (offset + HeaderBytes <= stream.Length)
        {
            stream.ReadExactly(header);
            var length = BinaryPrimitives.ReadUInt32LittleEndian(header);
            if (length < 8 || offset + 8 + length > stream.Length)
            {
                break;
            }

            var payload = new byte[length];
            header.AsSpan(8).CopyTo(payload);
            stream.ReadExactly(payload, 8, (int)length - 8);
            if (Crc32.HashToUInt32(payload) != BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(4)))
            {
                break;
            }

            offset += 8 + length;
        }

        return offset;
    }

    private FileStream OpenForAppend(long segment) =>
        new(PathOf(segment), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read | FileShare.Delete, 1);

    private string PathOf(long segment) => Path.Combine(_directory, InboxLogFormat.SegmentFileName(segment));

    private List<long> Segments() => [.. InboxLogFormat.Segments(_directory)];
}
