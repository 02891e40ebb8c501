namespace WhatStyle.Tools.Storage.Maintenance;

/// <summary>
/// Rewrites a clear inbox log with every record's body sealed (<see cref="InboxCipher"/>). A sealed record is
/// <see cref="InboxCipher.Overhead"/> bytes longer, so every offset after the first record moves: the plan keeps, per
/// segment, where each old record boundary lands, and the bridge's cursor (a byte offset) is moved with it.
/// </summary>
internal sealed class InboxEncryption
{
    private readonly string _inboxDirectory;
    private readonly Dictionary<long, InboxSegmentRecords> _segments;

    private InboxEncryption(string inboxDirectory, Dictionary<long, InboxSegmentRecords> segments)
    {
        _inboxDirectory = inboxDirectory;
        _segments = segments;
    }

    /// <summary>Records in the clear log.</summary>
    public int RecordCount => _segments.Values.Sum(s => s.Records.Count);

    /// <summary>Segment files, relative to the data directory.</summary>
    public IEnumerable<string> SegmentFiles => _segments.Keys.Select(s => Path.Combine(BridgeFiles.InboxFolder, InboxLogFormat.SegmentFileName(s)));

    /// <summary>
    /// Reads the clear log in <paramref name="inboxDirectory"/>; null when it holds no record (the bridge makes the key
    /// itself then). Refuses a log with bytes it cannot account for: sealing them would make damage look sound.
    /// </summary>
    public static InboxEncryption? Read(string inboxDirectory)
    {
        var segments = new Dictionary<long, InboxSegmentRecords>();
        foreach (var segment in InboxLogFormat.Segments(inboxDirectory))
        {
            var path = Path.Combine(inboxDirectory, InboxLogFormat.SegmentFileName(segment));
            var records = InboxLogFormat.ReadSegment(path);
            if (records.HasInvalidTail)
            {
                throw new StorageException(
                    $"The inbox log segment '{path}' has {records.FileLength - records.ValidLength} byte(s) after its last whole record (offset {records.ValidLength}): " +
                    "start the bridge once without a password so it cuts a torn tail or sets damaged records aside, then run this again.");
            }

            segments[segment] = records;
        }

        return segments.Values.Any(s => s.Records.Count > 0) ? new InboxEncryption(inboxDirectory, segments) : null;
    }

    /// <summary>Where the cursor <paramref name="segment"/>/<paramref name="offset"/> lands in the sealed log.</summary>
    public long MapOffset(long segment, long offset)
    {
        if (!_segments.TryGetValue(segment, out var records))
        {
            // A segment already processed and deleted, or not yet begun: only its start is a position.
            return offset;
        }

        var before = 0;
        foreach (var record in records.Records)
        {
            if (record.Offset == offset)
            {
                return offset + ((long)before * InboxCipher.Overhead);
            }

            before++;
        }

        if (offset == records.ValidLength)
        {
            return offset + ((long)before * InboxCipher.Overhead);
        }

        throw new StorageException(
            $"bridge.db's inbox cursor (segment {segment}, offset {offset}) is not at a record boundary of '{_inboxDirectory}': " +
            "the two do not belong together; restore both from the same backup, then run this again.");
    }

    /// <summary>Writes the sealed log (and its key file) into <paramref name="targetInbox"/>.</summary>
    public void WriteSealed(string targetInbox, string password)
    {
        using var cipher = InboxCipher.Create(Path.Combine(targetInbox, InboxCipher.KeyFileName), password);
        foreach (var (segment, records) in _segments)
        {
            using var stream = new FileStream(Path.Combine(targetInbox, InboxLogFormat.SegmentFileName(segment)), FileMode.CreateNew, FileAccess.Write, FileShare.None);
            foreach (var record in records.Records)
            {
                var sealedBody = cipher.Seal(record.Body, record.ReceivedAtMs);
                var bytes = new byte[InboxLogFormat.RecordLength(sealedBody.Length)];
                InboxLogFormat.Write(bytes, sealedBody, record.ReceivedAtMs);
                stream.Write(bytes);
            }

            stream.Flush(flushToDisk: true);
        }
    }

    /// <summary>Null when the sealed log in <paramref name="targetInbox"/> opens with the password to this log's records, at the mapped offsets; else what differs.</summary>
    public string? Difference(string targetInbox, string password)
    {
        using var cipher = InboxCipher.Open(targetInbox, password)!;
        foreach (var (segment, records) in _segments)
        {
            var written = InboxLogFormat.ReadSegment(Path.Combine(targetInbox, InboxLogFormat.SegmentFileName(segment)));
            if (written.HasInvalidTail || written.Records.Count != records.Records.Count)
            {
                return $"segment {segment} has a different number of records";
            }

            // Record i has i sealed records before it, each longer by the cipher's overhead (MapOffset, without its scan).
            for (var i = 0; i < written.Records.Count; i++)
            {
                var (was, now) = (records.Records[i], written.Records[i]);
                if (now.Offset != was.Offset + ((long)i * InboxCipher.Overhead) || now.ReceivedAtMs != was.ReceivedAtMs
                    || cipher.TryOpen(now.Body, now.ReceivedAtMs) is not { } body || !body.AsSpan().SequenceEqual(was.Body))
                {
                    return $"record {i + 1} of segment {segment} differs";
                }
            }
        }

        return null;
    }
}
