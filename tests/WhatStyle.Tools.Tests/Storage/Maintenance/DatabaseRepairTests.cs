using System.Text;
using LiteDB;
using Microsoft.Extensions.Time.Testing;
using WhatStyle.Tools.Storage;
using WhatStyle.Tools.Storage.Maintenance;
using WhatStyle.Tools.Tests.Support;

namespace WhatStyle.Tools.Tests.Storage.Maintenance;

public sealed class DatabaseRepairTests : IDisposable
{
    private const int Filler = 400;
    private readonly TempDataDirectory _data = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 6, 23, 0, 0, TimeSpan.Zero));

    private string DatabasePath => Path.Combine(_data.Path, BridgeFiles.DatabaseFile);

    [Fact]
    public void Repair_DamagedHeader_SalvagesEveryDocumentAndKeepsTheDamagedFileBeside()
    {
        Seed();
        StorageCheckTests.Overwrite(DatabasePath, 32, "** This is NOT a LiteDB file"u8.ToArray());
        var damaged = File.ReadAllBytes(DatabasePath);

        var result = DatabaseRepair.Repair(DatabasePath, null, StoreSchema.BridgeDatabase, _time);

        Assert.True(result.Repaired);
        Assert.Equal(3, result.Counts["outbox"]);
        Assert.Equal(2, result.Counts["messages"]);
        Assert.Equal(Filler, result.Counts["events"]);
        Assert.Equal(DatabasePath + ".damaged-20261206T230000", result.DamagedCopy);
        Assert.Equal(damaged, File.ReadAllBytes(result.DamagedCopy!));
        Assert.Equal(StoreStatus.Ok, StorageCheck.Database(DatabasePath, null, StoreSchema.BridgeDatabase).Status);
    }

    [Fact]
    public void Repair_OneDamagedDataPage_KeepsEveryUnsentReplyAndTheDedupeSet()
    {
        Seed();
        // Wreck the header of a page holding only filler events: that page is lost, nothing else may be.
        var bytes = File.ReadAllBytes(DatabasePath);
        var at = bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes("filler-event-200"));
        Assert.True(at > 0);
        var page = at / 8192 * 8192;
        StorageCheckTests.Overwrite(DatabasePath, page, Enumerable.Repeat((byte)0xEE, 32).ToArray());
        Assert.Equal(StoreStatus.Damaged, StorageCheck.Database(DatabasePath, null, StoreSchema.BridgeDatabase).Status);

        var result = DatabaseRepair.Repair(DatabasePath, null, StoreSchema.BridgeDatabase, _time);

        Assert.True(result.Repaired);
        Assert.Equal(3, result.Counts["outbox"]);
        Assert.Equal(2, result.Counts["messages"]);
        Assert.InRange(result.Counts["events"], 1, Filler - 1);
        using var repaired = new LiteDatabase(new ConnectionString { Filename = DatabasePath, Connection = ConnectionType.Direct, ReadOnly = true });
        Assert.Equal("unsent reply 2", repaired.GetCollection("outbox").FindById("reply:2")["Text"].AsString);
        Assert.NotNull(repaired.GetCollection("messages").FindById("wamid.B"));
    }

    [Fact]
    public void Repair_HealthyFile_ChangesNothing()
    {
        Seed();
        var before = File.ReadAllBytes(DatabasePath);

        var result = DatabaseRepair.Repair(DatabasePath, null, StoreSchema.BridgeDatabase, _time);

        Assert.False(result.Repaired);
        Assert.Equal(before, File.ReadAllBytes(DatabasePath));
        Assert.Single(Directory.GetFiles(_data.Path, "bridge*"));
    }

    [Fact]
    public void Repair_WrongPassword_IsRefusedNotTakenForDamage()
    {
        using (var db = new LiteDatabase(new ConnectionString { Filename = DatabasePath, Connection = ConnectionType.Direct, Password = "right" }))
        {
            db.GetCollection("outbox").Insert(new BsonDocument { ["_id"] = "x" });
        }

        var error = Assert.Throws<StorageException>(() => DatabaseRepair.Repair(DatabasePath, "wrong", StoreSchema.BridgeDatabase, _time));

        Assert.Contains("password is wrong", error.Message, StringComparison.Ordinal);
    }

    private void Seed()
    {
        using var db = new LiteDatabase(new ConnectionString { Filename = DatabasePath, Connection = ConnectionType.Direct });
        var events = db.GetCollection("events");
        events.InsertBulk(Enumerable.Range(0, Filler).Select(i => new BsonDocument { ["_id"] = i + 1, ["Note"] = $"filler-event-{i:D3} " + new string('x', 200) }));
        var outbox = db.GetCollection("outbox");
        for (var i = 1; i <= 3; i++)
        {
            outbox.Insert(new BsonDocument { ["_id"] = $"reply:{i}", ["State"] = "Pending", ["Text"] = $"unsent reply {i}" });
        }

        outbox.EnsureIndex("State");
        db.GetCollection("messages").Insert(new BsonDocument { ["_id"] = "wamid.A" });
        db.GetCollection("messages").Insert(new BsonDocument { ["_id"] = "wamid.B" });
        db.Checkpoint();
    }

    public void Dispose() => _data.Dispose();
}
