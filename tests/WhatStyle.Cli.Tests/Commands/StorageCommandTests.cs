using System.Globalization;
using System.Text.Json;
using LiteDB;

namespace WhatStyle.Cli.Tests.Commands;

public sealed class StorageCommandTests : IDisposable
{
    private const string Password = "owner-pw";
    private readonly CliDataDirectory _data = new();

    [Fact]
    public async Task Encrypt_WithoutAPassword_SaysHowToSetOneAndChangesNothing()
    {
        SeedClearDatabase();
        var before = File.ReadAllBytes(DatabasePath);

        var (code, _, stderr) = await _data.RunAsync("storage", "encrypt");

        Assert.Equal(ExitCodes.UserError, code);
        Assert.Contains("WHATSTYLE_DB_PASSWORD", stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(DatabasePath));
    }

    [Fact]
    public async Task Encrypt_WithThePasswordConfigured_EncryptsAndCheckThenSaysOk()
    {
        SeedClearDatabase();
        SetPassword();

        var (before, beforeOut, _) = await _data.RunAsync("storage", "check");
        var (dry, dryOut, _) = await _data.RunAsync("storage", "encrypt", "--dry-run");
        var (code, stdout, stderr) = await _data.RunAsync("storage", "encrypt");
        var (after, afterOut, _) = await _data.RunAsync("storage", "check");

        Assert.Equal(ExitCodes.UserError, before);
        Assert.Contains("whatstyle.db  unencrypted: unencrypted while a password is set: run `whatstyle storage encrypt`", beforeOut, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, dry);
        Assert.Contains("whatstyle.db: would be encrypted", dryOut, StringComparison.Ordinal);
        Assert.Equal((ExitCodes.Success, ""), (code, stderr));
        Assert.Contains("1 store(s) encrypted", stdout, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, after);
        Assert.Contains("whatstyle.db  ok: 1 document(s)", afterOut, StringComparison.Ordinal);
        Assert.True(File.ReadAllBytes(DatabasePath).AsSpan().IndexOf("secret-note"u8) < 0);
    }

    [Fact]
    public async Task Check_Json_ListsEveryStoreAndFailsOnADamagedOne()
    {
        await File.WriteAllBytesAsync(DatabasePath, Enumerable.Repeat((byte)0x5A, 8192 * 2).ToArray(), TestContext.Current.CancellationToken);

        var (code, stdout, _) = await _data.RunAsync("storage", "check", "--json");

        Assert.Equal(ExitCodes.UserError, code);
        using var json = JsonDocument.Parse(stdout);
        var stores = json.RootElement.EnumerateArray().ToDictionary(e => e.GetProperty("file").GetString()!, e => e.GetProperty("status").GetString());
        Assert.Equal("damaged", stores["whatstyle.db"]);
        Assert.Equal("absent", stores["bridge.db"]);
        Assert.Equal("absent", stores["inbox"]);
    }

    [Fact]
    public async Task Repair_DamagedHeader_SalvagesAndKeepsTheDamagedFileBeside()
    {
        SeedClearDatabase();
        using (var stream = new FileStream(DatabasePath, FileMode.Open, FileAccess.Write))
        {
            stream.Position = 32;
            stream.Write("** This is NOT a LiteDB file"u8);
        }

        var (code, stdout, stderr) = await _data.RunAsync("storage", "repair");
        var (check, _, _) = await _data.RunAsync("storage", "check");

        Assert.Equal((ExitCodes.Success, ""), (code, stderr));
        Assert.Contains("whatstyle.db: repaired (damaged header", stdout, StringComparison.Ordinal);
        Assert.Contains("salvaged: contacts 1", stdout, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(_data.Path, "whatstyle.db.damaged-*"));
        Assert.Equal(ExitCodes.Success, check);
    }

    [Fact]
    public async Task Repair_OneStoreRefused_StillTakesTheOtherAndExits1()
    {
        SeedClearDatabase();
        SetPassword();
        var bridge = Path.Combine(_data.Path, "bridge.db");
        using (var db = new LiteDatabase(new ConnectionString { Filename = bridge, Connection = ConnectionType.Direct, Password = Password }))
        {
            db.GetCollection("outbox").Insert(new BsonDocument { ["_id"] = "reply:1", ["Text"] = "unsent" });
        }

        var (code, stdout, _) = await _data.RunAsync("storage", "repair");

        Assert.Equal(ExitCodes.UserError, code);
        Assert.Contains("whatstyle.db: not repaired: whatstyle.db is not damaged but cannot be repaired either: unencrypted while a password is set", stdout, StringComparison.Ordinal);
        Assert.Contains("bridge.db: nothing to repair (1 document(s))", stdout, StringComparison.Ordinal);
    }

    private string DatabasePath => Path.Combine(_data.Path, "whatstyle.db");

    private void SeedClearDatabase()
    {
        using var db = new LiteDatabase(new ConnectionString
        {
            Filename = DatabasePath,
            Connection = ConnectionType.Direct,
            Collation = new Collation(CultureInfo.InvariantCulture.LCID, CompareOptions.Ordinal),
        });
        db.GetCollection("contacts").Insert(new BsonDocument { ["_id"] = "mum", ["Note"] = "secret-note" });
    }

    // The password as an owner sets it in the data directory's settings (no process-wide environment in tests).
    private void SetPassword() =>
        File.WriteAllText(Path.Combine(_data.Path, "appsettings.json"), $$"""{ "Storage": { "Password": "{{Password}}" } }""");

    public void Dispose() => _data.Dispose();
}
