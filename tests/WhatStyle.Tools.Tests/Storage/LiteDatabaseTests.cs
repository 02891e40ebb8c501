using LiteDB;
using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Storage;
using WhatStyle.Tools.Tests.Support;

namespace WhatStyle.Tools.Tests.Storage;

public sealed class LiteDatabaseTests : IDisposable
{
    private readonly TempDataDirectory _data = new();

    private string DatabasePath => Path.Combine(_data.Path, "whatstyle.db");

    [Fact]
    public async Task Services_FirstUse_CreatesOneFileThatKeepsData()
    {
        var ct = TestContext.Current.CancellationToken;
        using (var services = _data.BuildServices())
        {
            await services.GetRequiredService<IContactDirectory>().GetOrCreateAsync("Dad", ct);
        }

        Assert.True(File.Exists(DatabasePath));
        using var reopened = _data.BuildServices();
        Assert.NotNull(await reopened.GetRequiredService<IContactDirectory>().FindAsync("dad", ct));
    }

    [Fact]
    public async Task Open_WithPassword_EncryptsFileAndReopensWithSamePassword()
    {
        var ct = TestContext.Current.CancellationToken;
        var settings = new Dictionary<string, string?> { ["Storage:Password"] = "correct horse" };
        using (var services = _data.BuildServices(settings))
        {
            await services.GetRequiredService<IContactDirectory>().GetOrCreateAsync("Secret Sam", ct);
        }

        var bytes = await File.ReadAllBytesAsync(DatabasePath, ct);
        Assert.DoesNotContain("Secret Sam", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);

        using var reopened = _data.BuildServices(settings);
        Assert.NotNull(await reopened.GetRequiredService<IContactDirectory>().FindAsync("secret sam", ct));
    }

    [Fact]
    public void Open_WrongPassword_ThrowsClearStorageError()
    {
        CreateDatabase(password: "right");

        var ex = Assert.Throws<StorageException>(() => LiteDatabaseFactory.Open(new StorageOptions { Password = "wrong" }, _data.Path));

        Assert.Contains("password is wrong", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("right", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_EncryptedWithoutPassword_SaysToSetPassword()
    {
        CreateDatabase(password: "right");

        var ex = Assert.Throws<StorageException>(() => LiteDatabaseFactory.Open(new StorageOptions(), _data.Path));

        Assert.Contains(StorageOptions.PasswordEnvironmentVariable, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_WrongPasswordThroughServices_ThrowsStorageException()
    {
        CreateDatabase(password: "right");
        using var services = _data.BuildServices(new Dictionary<string, string?> { ["Storage:Password"] = "wrong" });

        Assert.Throws<StorageException>(() => services.GetRequiredService<IContactDirectory>());
    }

    [Fact]
    public async Task Open_CorruptFile_ThrowsClearStorageError()
    {
        var garbage = new byte[64 * 1024];
        new Random(42).NextBytes(garbage);
        await File.WriteAllBytesAsync(DatabasePath, garbage, TestContext.Current.CancellationToken);

        var ex = Assert.Throws<StorageException>(() => LiteDatabaseFactory.Open(new StorageOptions(), _data.Path));

        Assert.Contains(DatabasePath, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_FileLockedByAnotherProgram_ThrowsClearStorageError()
    {
        CreateDatabase(password: null);
        using var holder = new FileStream(DatabasePath, FileMode.Open, FileAccess.ReadWrite, FileShare.None);

        var ex = Assert.Throws<StorageException>(() => LiteDatabaseFactory.Open(new StorageOptions(), _data.Path));

        Assert.Contains("locked", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SharedConnection_TwoOpenDatabases_SeeEachOthersWrites()
    {
        var ct = TestContext.Current.CancellationToken;
        using var first = _data.BuildServices();
        using var second = _data.BuildServices(new Dictionary<string, string?> { ["Storage:CacheSeconds"] = "0" });
        var created = await first.GetRequiredService<IContactDirectory>().GetOrCreateAsync("Dad", ct);

        var seen = await second.GetRequiredService<IContactDirectory>().FindAsync("dad", ct);

        Assert.Equal(created.Contact.Id, seen?.Contact.Id);
    }

    private void CreateDatabase(string? password)
    {
        using var db = LiteDatabaseFactory.Open(new StorageOptions { Password = password }, _data.Path);
        db.GetCollection("probe").Insert(new BsonDocument { ["x"] = 1 });
    }

    public void Dispose() => _data.Dispose();
}
