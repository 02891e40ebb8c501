using System.Security.Cryptography;
using System.Text;
using LiteDB;
using WhatStyle.Tools.Storage;
using WhatStyle.Tools.Tests.Support;

namespace WhatStyle.Tools.Tests.Storage.Maintenance;

/// <summary>
/// A data directory as a WhatStyle made without a password leaves it: whatstyle.db, bridge.db (messages, an unsent
/// outbox reply, the inbox cursor after the second of four inbox records) and one inbox log segment, each holding text
/// the tests look for in the files' bytes.
/// </summary>
internal sealed class ClearDataDirectory : IDisposable
{
    public const string ProfileText = "secret-profile-alpha";
    public const string ReplyText = "secret-reply-gamma";
    public const int InboxRecords = 4;

    private readonly TempDataDirectory _data = new();

    public ClearDataDirectory()
    {
        using (var db = LiteDatabaseFactory.Open(new StorageOptions { Connection = "direct" }, Path))
        {
            db.GetCollection("contacts").Insert(new BsonDocument { ["_id"] = "mum", ["Note"] = ProfileText });
            db.GetCollection("contacts").EnsureIndex("Note");
        }

        using (var bridge = new LiteDatabase(new ConnectionString { Filename = BridgeDatabase, Connection = ConnectionType.Direct }))
        {
            bridge.GetCollection("messages").Insert(new BsonDocument { ["_id"] = "wamid.1", ["Chat"] = "4917012345", ["Text"] = "hello" });
            bridge.GetCollection("messages").EnsureIndex("Chat");
            bridge.GetCollection("outbox").Insert(new BsonDocument { ["_id"] = "reply:wamid.1:text", ["State"] = "Pending", ["Text"] = ReplyText });
            bridge.GetCollection(BridgeFiles.CursorsCollection).Insert(new BsonDocument
            {
                ["_id"] = BridgeFiles.InboxCursorId, ["Segment"] = 1L, ["Offset"] = RecordOffsets[2],
            });
        }

        using var segment = new FileStream(SegmentPath, FileMode.CreateNew);
        for (var i = 0; i < InboxRecords; i++)
        {
            var body = InboxBody(i);
            var record = new byte[InboxLogFormat.RecordLength(body.Length)];
            InboxLogFormat.Write(record, body, receivedAtMs: 1_000 + i);
            segment.Write(record);
        }
    }

    public string Path => _data.Path;

    public string BridgeDatabase => System.IO.Path.Combine(Path, BridgeFiles.DatabaseFile);

    public string DataDatabase => System.IO.Path.Combine(Path, "whatstyle.db");

    public string SegmentPath
    {
        get
        {
            Directory.CreateDirectory(System.IO.Path.Combine(Path, BridgeFiles.InboxFolder));
            return System.IO.Path.Combine(Path, BridgeFiles.InboxFolder, InboxLogFormat.SegmentFileName(1));
        }
    }

    /// <summary>Where each clear record starts (and, last, where the segment ends).</summary>
    public static long[] RecordOffsets => [.. Enumerable.Range(0, InboxRecords + 1).Select(i => (long)Enumerable.Range(0, i).Sum(j => InboxLogFormat.RecordLength(InboxBody(j).Length)))];

    public static byte[] InboxBody(int i) => Encoding.UTF8.GetBytes($"{{\"text\":\"secret-inbox-beta-{i}\"}}");

    /// <summary>Every file's path and hash: the same before and after means nothing in the directory changed.</summary>
    public IReadOnlyDictionary<string, string> Snapshot() =>
        Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories)
            .Where(f => System.IO.Path.GetFileName(f) != BridgeFiles.LockFile)
            .ToDictionary(f => System.IO.Path.GetRelativePath(Path, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    /// <summary>Files whose bytes contain <paramref name="text"/>.</summary>
    public IReadOnlyList<string> FilesContaining(string text) =>
        [.. Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories)
            .Where(f => File.ReadAllBytes(f).AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0)
            .Select(f => System.IO.Path.GetRelativePath(Path, f))];

    public void Dispose() => _data.Dispose();
}
