using LiteDB;
using WhatStyle.Tools.Storage;
using WhatStyle.Tools.Storage.Maintenance;

namespace WhatStyle.Tools.Tests.Storage.Maintenance;

public sealed class StorageCheckTests : IDisposable
{
    private readonly ClearDataDirectory _data = new();

    [Fact]
    public void Run_ClearDirectoryWithoutPassword_IsOkForEveryStore()
    {
        var results = StorageCheck.Run(_data.Path, "whatstyle.db", password: null);

        Assert.Equal(["whatstyle.db", "bridge.db", "inbox"], results.Select(r => r.File));
        Assert.All(results, r => Assert.Equal(StoreStatus.Ok, r.Status));
        Assert.Contains("4 record(s)", results[2].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ClearDirectoryWithAPassword_SaysUnencryptedAndNamesTheCommand()
    {
        var results = StorageCheck.Run(_data.Path, "whatstyle.db", "pw");

        Assert.All(results, r => Assert.Equal(StoreStatus.Unencrypted, r.Status));
        Assert.All(results, r => Assert.Contains("whatstyle storage encrypt", r.Detail, StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(_data.Path, "inbox", InboxCipher.KeyFileName)), "a check writes nothing");
    }

    [Fact]
    public void Run_EncryptedDirectoryWithTheWrongPassword_SaysWrongPasswordForEveryStore()
    {
        new DataDirectoryEncryption(_data.Path, "whatstyle.db", "right").Run(dryRun: false, _ => { });

        var wrong = StorageCheck.Run(_data.Path, "whatstyle.db", "wrong");
        var right = StorageCheck.Run(_data.Path, "whatstyle.db", "right");
        var none = StorageCheck.Run(_data.Path, "whatstyle.db", null);

        Assert.All(wrong, r => Assert.Equal(StoreStatus.WrongPassword, r.Status));
        Assert.All(right, r => Assert.Equal(StoreStatus.Ok, r.Status));
        Assert.All(none, r => Assert.Equal(StoreStatus.PasswordNeeded, r.Status));
    }

    [Fact]
    public void Database_DamagedHeader_SaysDamagedHeader()
    {
        Overwrite(_data.BridgeDatabase, 32, "** This is NOT a LiteDB file"u8.ToArray());

        var result = StorageCheck.Database(_data.BridgeDatabase, null, StoreSchema.BridgeDatabase);

        Assert.Equal((StoreStatus.Damaged, "damaged header: run `whatstyle storage repair`"), (result.Status, result.Detail));
    }

    [Fact]
    public void Database_StampedByANewerWhatStyle_SaysNewerVersion()
    {
        using (var db = new LiteDatabase(new ConnectionString { Filename = _data.BridgeDatabase, Connection = ConnectionType.Direct }))
        {
            db.UserVersion = StoreSchema.BridgeDatabase + 1;
        }

        var result = StorageCheck.Database(_data.BridgeDatabase, null, StoreSchema.BridgeDatabase);

        Assert.Equal(StoreStatus.NewerVersion, result.Status);
        Assert.Contains("upgrade WhatStyle", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WhileABridgeHoldsTheLock_SkipsItsStores()
    {
        using var bridge = BridgeLockFile.TryAcquire(_data.Path);

        var results = StorageCheck.Run(_data.Path, "whatstyle.db", null);

        Assert.Equal([StoreStatus.Ok, StoreStatus.Skipped, StoreStatus.Skipped], results.Select(r => r.Status));
        Assert.All(results, r => Assert.True(r.Healthy));
    }

    internal static void Overwrite(string path, long offset, byte[] bytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Write);
        stream.Position = offset;
        stream.Write(bytes);
    }

    public void Dispose() => _data.Dispose();
}
