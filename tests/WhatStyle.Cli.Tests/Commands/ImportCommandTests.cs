using System.Text.Json;
using WhatStyle.Cli;

namespace WhatStyle.Cli.Tests.Commands;

public sealed class ImportCommandTests : IDisposable
{
    private readonly CliDataDirectory _data = new();

    [Fact]
    public async Task Import_OneToOneChat_PrintsCountsAndUnreadableLineNumbers()
    {
        var file = _data.WriteDadChat();

        var (code, stdout, stderr) = await _data.RunAsync("import", file, "--me", "Sam", "--relationship", "parent");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("", stderr);
        Assert.Contains("4 messages (4 new, 2 yours) with Dad", stdout, StringComparison.Ordinal);
        Assert.Contains("Skipped system lines: 1", stdout, StringComparison.Ordinal);
        Assert.Contains("Could not read 1 line(s): 7.", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_SameFileTwiceWithJson_SecondAddsNothing()
    {
        var file = _data.WriteDadChat();
        await _data.RunAsync("import", file, "--me", "Sam");

        var (code, stdout, _) = await _data.RunAsync("import", file, "--me", "Sam", "--json");

        Assert.Equal(ExitCodes.Success, code);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(4, json.RootElement.GetProperty("messages").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("newMessages").GetInt32());
        Assert.Equal(7, json.RootElement.GetProperty("unreadable")[0].GetProperty("lineNumber").GetInt32());
    }

    [Fact]
    public async Task Import_WrongOwnerName_IsAOneLineUserError()
    {
        var file = _data.WriteDadChat();

        var (code, stdout, stderr) = await _data.RunAsync("import", file, "--me", "Nobody");

        Assert.Equal(ExitCodes.UserError, code);
        Assert.Equal("", stdout);
        Assert.StartsWith("error: 'Nobody' wrote nothing", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task Import_MissingFile_IsAUserError()
    {
        var (code, _, stderr) = await _data.RunAsync("import", Path.Combine(_data.Path, "missing.txt"), "--me", "Sam");

        Assert.Equal(ExitCodes.UserError, code);
        Assert.Contains("No such file", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_UnknownRelationship_IsAUsageError()
    {
        var (code, _, _) = await _data.RunAsync("import", _data.WriteDadChat(), "--me", "Sam", "--relationship", "boss");

        Assert.Equal(ExitCodes.Usage, code);
    }

    [Fact]
    public async Task Import_EncryptedDatabaseWithWrongPassword_IsAOneLineError()
    {
        var file = _data.WriteDadChat();
        await File.WriteAllTextAsync(Path.Combine(_data.Path, "appsettings.json"), """{ "Storage": { "Password": "first" } }""", TestContext.Current.CancellationToken);
        Assert.Equal(ExitCodes.Success, (await _data.RunAsync("import", file, "--me", "Sam")).Code);
        await File.WriteAllTextAsync(Path.Combine(_data.Path, "appsettings.json"), """{ "Storage": { "Password": "second" } }""", TestContext.Current.CancellationToken);

        var (code, _, stderr) = await _data.RunAsync("contacts", "list");

        Assert.Equal(ExitCodes.UserError, code);
        Assert.Contains("password is wrong", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("second", stderr, StringComparison.Ordinal);
    }

    public void Dispose() => _data.Dispose();
}
