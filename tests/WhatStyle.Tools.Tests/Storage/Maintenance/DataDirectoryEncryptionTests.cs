using LiteDB;
using WhatStyle.Tools.Storage;
using WhatStyle.Tools.Storage.Maintenance;

namespace WhatStyle.Tools.Tests.Storage.Maintenance;

public sealed class DataDirectoryEncryptionTests : IDisposable
{
    private const string Password = "correct horse";
    private readonly ClearDataDirectory _data = new();
    private readonly List<string> _report = [];

    [Fact]
    public void Run_ClearDirectory_EncryptsEveryStoreAndLosesNothing()
    {
        var stores = Encryption().Run(dryRun: false, _report.Add);

        Assert.Equal(3, stores);
        foreach (var text in new[] { ClearDataDirectory.ProfileText, ClearDataDirectory.ReplyText, "secret-inbox-beta" })
        {
            Assert.Empty(_data.FilesContaining(text));
        }

        using (var data = LiteDatabaseFactory.Open(new StorageOptions { Password = Password, Connection = "direct" }, _data.Path))
        {
            Assert.Equal(ClearDataDirectory.ProfileText, data.GetCollection("contacts").FindById("mum")["Note"].AsString);
        }

        using (var bridge = OpenBridge())
        {
            Assert.Equal(ClearDataDirectory.ReplyText, bridge.GetCollection("outbox").FindById("reply:wamid.1:text")["Text"].AsString);
            Assert.Equal(1, bridge.GetCollection("messages").Count());
            Assert.Contains(bridge.GetCollection("$indexes").Find(Query.EQ("collection", "messages")), i => i["name"] == "Chat");
        }

        Assert.False(Directory.Exists(Path.Combine(_data.Path, ".whatstyle-swap")), "the staging folder is removed");
    }

    [Fact]
    public void Run_WithProgress_ReportsEachStoreFromStartToItsWholeCount()
    {
        var seen = new List<StoreProgress>();
        var encryption = new DataDirectoryEncryption(_data.Path, "whatstyle.db", Password) { Progress = new Recorder(seen) };

        encryption.Run(dryRun: false, _report.Add);

        var stores = seen.GroupBy(p => p.Store).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal(["bridge.db", "inbox/", "whatstyle.db"], stores.Keys.Order(StringComparer.Ordinal));
        foreach (var (store, reports) in stores)
        {
            var last = reports[^1];
            Assert.True(last.Total > 0, store);
            Assert.Equal(last.Total, last.Done);
            Assert.Equal(reports.Select(r => r.Done).Order(), reports.Select(r => r.Done)); // never goes back
        }
    }

    private sealed class Recorder(List<StoreProgress> seen) : IProgress<StoreProgress>
    {
        public void Report(StoreProgress value) => seen.Add(value);
    }

    [Fact]
    public void Run_WritesStillOnlyInTheLiteDbLog_AreEncryptedToo_AndTheClearLogGoes()
    {
        // A bridge stopped before LiteDB wrote its log back into bridge.db: the newest writes live only in bridge-log.db.
        using (var bridge = new LiteDatabase(new ConnectionString { Filename = _data.BridgeDatabase, Connection = ConnectionType.Direct }))
        {
            bridge.Pragma("CHECKPOINT", 0);
            bridge.GetCollection("outbox").Insert(new BsonDocument { ["_id"] = "reply:wamid.2:text", ["State"] = "Pending", ["Text"] = "secret-only-in-the-log" });
        }

        Assert.Equal(["bridge-log.db"], _data.FilesContaining("secret-only-in-the-log"));

        Encryption().Run(dryRun: false, _report.Add);

        Assert.Empty(_data.FilesContaining("secret-only-in-the-log"));
        using var encrypted = OpenBridge();
        Assert.Equal("secret-only-in-the-log", encrypted.GetCollection("outbox").FindById("reply:wamid.2:text")["Text"].AsString);
    }

    [Fact]
    public void Run_MovesTheInboxCursorToTheSameRecord()
    {
        Encryption().Run(dryRun: false, _report.Add);

        // The cursor stood after the second record: it must stand after the second sealed record, which is two
        // seals further on, and reading from it must give the third and fourth bodies.
        using var bridge = OpenBridge();
        var cursor = bridge.GetCollection(BridgeFiles.CursorsCollection).FindById(BridgeFiles.InboxCursorId);
        var records = InboxLogFormat.ReadSegment(_data.SegmentPath).Records;
        Assert.Equal(ClearDataDirectory.RecordOffsets[2] + (2 * InboxCipher.Overhead), cursor["Offset"].AsInt64);
        Assert.Equal(cursor["Offset"].AsInt64, records[2].Offset);
        using var cipher = InboxCipher.Open(Path.Combine(_data.Path, BridgeFiles.InboxFolder), Password)!;
        Assert.Equal(ClearDataDirectory.InboxBody(2), cipher.TryOpen(records[2].Body, records[2].ReceivedAtMs));
    }

    [Fact]
    public void Run_WhenTheStepAfterTheCopyFails_LeavesTheOldDirectoryIntact_AndTheNextRunEncrypts()
    {
        var before = _data.Snapshot();

        var crash = Assert.Throws<IOException>(() => Encryption(FailAt("copied:" + BridgeFiles.DatabaseFile)).Run(dryRun: false, _report.Add));

        Assert.Equal("crash", crash.Message);
        Assert.Equal(before, _data.Snapshot());
        Assert.Equal(3, Encryption().Run(dryRun: false, _report.Add));
        Assert.Empty(_data.FilesContaining(ClearDataDirectory.ReplyText));
    }

    [Fact]
    public void Run_WhenItStopsHalfWayThroughTheSwap_TheNextRunFinishesIt()
    {
        Assert.Throws<IOException>(() => Encryption(FailAt("in:" + BridgeFiles.DatabaseFile)).Run(dryRun: false, _report.Add));
        Assert.Equal(StoreStatus.Unfinished, StorageCheck.Run(_data.Path, "whatstyle.db", Password)[0].Status);

        var stores = Encryption().Run(dryRun: false, _report.Add);

        Assert.Equal(0, stores);
        Assert.Contains(_report, l => l.Contains("half-way", StringComparison.Ordinal));
        Assert.All(StorageCheck.Run(_data.Path, "whatstyle.db", Password), r => Assert.Equal(StoreStatus.Ok, r.Status));
        Assert.Empty(_data.FilesContaining(ClearDataDirectory.ReplyText));
        using var bridge = OpenBridge();
        Assert.Equal(ClearDataDirectory.ReplyText, bridge.GetCollection("outbox").FindById("reply:wamid.1:text")["Text"].AsString);
    }

    [Fact]
    public void Run_WhileABridgeHoldsTheLock_RefusesAndChangesNothing()
    {
        var before = _data.Snapshot();
        using var bridge = BridgeLockFile.TryAcquire(_data.Path);

        var error = Assert.Throws<StorageException>(() => Encryption().Run(dryRun: false, _report.Add));

        Assert.Contains("A bridge is running", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, _data.Snapshot());
    }

    [Fact]
    public void Run_DryRun_SaysWhatWouldBeEncryptedAndChangesNothing()
    {
        var before = _data.Snapshot();

        var stores = Encryption().Run(dryRun: true, _report.Add);

        Assert.Equal(3, stores);
        Assert.Contains($"inbox/: {ClearDataDirectory.InboxRecords} record(s) would be encrypted (the bridge's inbox cursor moved with them)", _report);
        Assert.Equal(before, _data.Snapshot());
    }

    [Fact]
    public void Run_InboxWithATornTail_IsRefusedBeforeAnythingChanges()
    {
        File.AppendAllText(_data.SegmentPath, "torn");
        var before = _data.Snapshot();

        var error = Assert.Throws<StorageException>(() => Encryption().Run(dryRun: false, _report.Add));

        Assert.Contains("after its last whole record", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, _data.Snapshot());
    }

    private DataDirectoryEncryption Encryption(Action<string>? afterStep = null) =>
        new(_data.Path, "whatstyle.db", Password) { AfterStep = afterStep };

    private static Action<string> FailAt(string step) => name =>
    {
        if (name == step)
        {
            throw new IOException("crash");
        }
    };

    private LiteDatabase OpenBridge() => new(new ConnectionString { Filename = _data.BridgeDatabase, Password = Password, Connection = ConnectionType.Direct, ReadOnly = true });

    public void Dispose() => _data.Dispose();
}
