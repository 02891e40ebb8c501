using System.Text;
using LiteDB;
using WhatStyle.Tools.Storage;
using WhatStyle.Tools.Storage.Maintenance;
using WhatStyle.WhatsAppBridge.Inbox;
using WhatStyle.WhatsAppBridge.Storage;

namespace WhatStyle.WhatsAppBridge.Tests.Storage;

/// <summary>
/// `whatstyle storage encrypt` against the bridge's own readers: after it, the bridge opens bridge.db and the inbox log
/// with the password, and its cursor points at the same record it did (sealed records are longer, so every offset moved).
/// </summary>
public sealed class StorageEncryptionContractTests : IDisposable
{
    private const string Password = "pw-for-the-bridge";
    private readonly string _directory = Directory.CreateTempSubdirectory("whatstyle-encrypt-contract-").FullName;

    [Fact]
    public void Encrypt_ThenTheBridgeResumesReadingAtTheSameRecord()
    {
        var bodies = Enumerable.Range(0, 6).Select(i => Encoding.UTF8.GetBytes($"{{\"text\":\"clear-body-{i}\"}}")).ToList();
        using (var database = new BridgeDatabase(_directory))
        using (var log = new InboxLog(_directory))
        {
            log.Append(bodies, receivedAtMs: 77);
            var cursor = new InboxCursor(database, log);
            var firstFour = log.Read(InboxLog.Start, 4);
            cursor.Save(firstFour.Next);
            database.Outbox.Insert(new OutboxItem { Id = "reply:wamid.9:text", To = "4917012345", Text = "clear-reply" });
        }

        new DataDirectoryEncryption(_directory, "whatstyle.db", Password).Run(dryRun: false, _ => { });

        using (var database = new BridgeDatabase(_directory, new StorageFaults(), new StorageStatus(TimeProvider.System), TimeProvider.System, Password))
        using (var log = new InboxLog(_directory, password: Password))
        {
            var rest = log.Read(new InboxCursor(database, log).Load(), 10);
            Assert.Equal(["{\"text\":\"clear-body-4\"}", "{\"text\":\"clear-body-5\"}"], rest.Records.Select(r => Encoding.UTF8.GetString(r.Body)));
            Assert.All(rest.Records, r => Assert.False(r.Corrupt));
            Assert.Equal("clear-reply", database.Outbox.FindById("reply:wamid.9:text").Text);
        }

        foreach (var file in Directory.EnumerateFiles(_directory, "*", SearchOption.AllDirectories))
        {
            var bytes = File.ReadAllBytes(file);
            Assert.True(bytes.AsSpan().IndexOf("clear-body"u8) < 0 && bytes.AsSpan().IndexOf("clear-reply"u8) < 0, $"{file} holds clear text");
        }
    }

    [Fact]
    public void Open_BridgeDatabaseFromANewerWhatStyle_IsRefusedWithUpgradeNotDamaged()
    {
        using (var old = new LiteDatabase(new ConnectionString { Filename = Path.Combine(_directory, BridgeFiles.DatabaseFile), Connection = ConnectionType.Direct }))
        {
            old.UserVersion = StoreSchema.BridgeDatabase + 1;
        }

        var error = Assert.Throws<StorageException>(() => new BridgeDatabase(_directory));

        Assert.Contains("newer version of WhatStyle", error.Message, StringComparison.Ordinal);
        Assert.Contains("upgrade WhatStyle", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("damaged", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_UnstampedBridgeDatabase_IsStampedWithThisVersion()
    {
        using (var old = new LiteDatabase(new ConnectionString { Filename = Path.Combine(_directory, BridgeFiles.DatabaseFile), Connection = ConnectionType.Direct }))
        {
            old.GetCollection("messages").Insert(new BsonDocument { ["_id"] = "wamid.1" });
        }

        new BridgeDatabase(_directory).Dispose();

        using var stamped = new LiteDatabase(new ConnectionString { Filename = Path.Combine(_directory, BridgeFiles.DatabaseFile), Connection = ConnectionType.Direct, ReadOnly = true });
        Assert.Equal(StoreSchema.BridgeDatabase, stamped.UserVersion);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
