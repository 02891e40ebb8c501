using LiteDB;
using WhatStyle.Tools.Storage;
using WhatStyle.Tools.Tests.Support;

namespace WhatStyle.Tools.Tests.Storage;

/// <summary>whatstyle.db at start-up: each kind of bad file gets its own one-line cause.</summary>
public sealed class StartupStorageErrorTests : IDisposable
{
    private readonly TempDataDirectory _data = new();

    private string DatabasePath => Path.Combine(_data.Path, "whatstyle.db");

    [Fact]
    public void Open_DamagedHeader_SaysDamagedNotPassword()
    {
        CreateDatabase();
        Overwrite(32, "** This is NOT a LiteDB file"u8.ToArray());

        var ex = Assert.Throws<StorageException>(() => LiteDatabaseFactory.Open(new StorageOptions(), _data.Path));

        Assert.Contains("is damaged", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("password", ex.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public void Open_NewerFileFormat_SaysNewerVersion()
    {
        CreateDatabase();
        Overwrite(59, [9]);

        var ex = Assert.Throws<StorageException>(() => LiteDatabaseFactory.Open(new StorageOptions(), _data.Path));

        Assert.Contains("newer version", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_ClearFileWithAPassword_SaysHowToMigrate()
    {
        CreateDatabase();

        var ex = Assert.Throws<StorageException>(() => LiteDatabaseFactory.Open(new StorageOptions { Password = "pw" }, _data.Path));

        Assert.Contains(StorageOptions.UnencryptedDirectoryAdvice, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("pw", ex.Message.Replace("password", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Open_DamagedCollectionPage_IsAStorageErrorNotACrash()
    {
        CreateDatabase();
        var garbage = new byte[8192];
        new Random(7).NextBytes(garbage);
        Overwrite(8192, garbage);

        var ex = Record.Exception(() =>
        {
            using var db = LiteDatabaseFactory.Open(new StorageOptions(), _data.Path);
            StorageGuard.Run(DatabasePath, () => db.GetCollection("probe").FindAll().ToList());
        });

        // Either LiteDB never needed the page, or the failure is one clear storage error (no raw exception escapes).
        Assert.True(ex is null or StorageException, ex?.ToString());
    }

    [Fact]
    public void Open_StampedByANewerWhatStyle_SaysUpgradeNotDamaged()
    {
        CreateDatabase();
        using (var db = new LiteDatabase(new ConnectionString { Filename = DatabasePath, Connection = ConnectionType.Direct }))
        {
            db.UserVersion = StoreSchema.DataDatabase + 1;
        }

        var ex = Assert.Throws<StorageException>(() => LiteDatabaseFactory.Open(new StorageOptions(), _data.Path));

        Assert.Contains("newer version of WhatStyle", ex.Message, StringComparison.Ordinal);
        Assert.Contains("upgrade WhatStyle", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("damaged", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_UnstampedFile_IsStampedWithThisVersion()
    {
        // A file made before data versions existed.
        using (var old = new LiteDatabase(new ConnectionString
        {
            Filename = DatabasePath, Connection = ConnectionType.Direct, Collation = new Collation(System.Globalization.CultureInfo.InvariantCulture.LCID, System.Globalization.CompareOptions.Ordinal),
        }))
        {
            old.GetCollection("probe").Insert(new BsonDocument { ["x"] = 1 });
            Assert.Equal(0, old.UserVersion);
        }

        using var db = LiteDatabaseFactory.Open(new StorageOptions(), _data.Path);

        Assert.Equal(StoreSchema.DataDatabase, db.UserVersion);
    }

    private void CreateDatabase()
    {
        using var db = LiteDatabaseFactory.Open(new StorageOptions(), _data.Path);
        db.GetCollection("probe").Insert(new BsonDocument { ["x"] = 1 });
    }

    private void Overwrite(long offset, byte[] bytes)
    {
        using var stream = new FileStream(DatabasePath, FileMode.Open, FileAccess.Write);
        stream.Position = offset;
        stream.Write(bytes);
    }

    public void Dispose() => _data.Dispose();
}
