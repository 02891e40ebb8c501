using System.IO.Compression;
using System.Text.Json;
using WhatStyle.Tools.Storage;
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

    [Fact]
    public async Task Import_IosZip_ReadsTheChatInside()
    {
        var zip = ZipOf("WhatsApp Chat - Trip 2024.zip", ("_chat.txt", Fixture("ios_en-GB_24h_with_media.txt")), ("00000004-PHOTO-2023-12-31-21-41-06.jpg", [0xFF, 0xD8, 0x00]));

        var (code, stdout, stderr) = await _data.RunAsync("import", zip, "--me", "Alice Example", "--json");

        Assert.True(code == ExitCodes.Success, stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.True(json.RootElement.GetProperty("messages").GetInt32() > 3);
        Assert.Equal("Trip 2024", json.RootElement.GetProperty("group").GetString());
    }

    [Fact]
    public async Task Import_AndroidZipWithMedia_FindsTheChatTextAmongTheMedia()
    {
        var zip = ZipOf(
            "WhatsApp Chat with Trip 2024.zip",
            ("IMG-20231231-WA0001.jpg", [0xFF, 0xD8, 0x00]),
            ("WhatsApp Chat with Trip 2024.txt", Fixture("android_en-GB_24h_with_media.txt")),
            ("PTT-20231231-WA0002.opus", [0x4F, 0x67, 0x67, 0x53, 0x00]));

        var (code, stdout, stderr) = await _data.RunAsync("import", zip, "--me", "Alice Example");

        Assert.True(code == ExitCodes.Success, stderr);
        Assert.Contains("Imported WhatsApp Chat with Trip 2024.zip", stdout, StringComparison.Ordinal);
        Assert.Contains("group Trip 2024", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_ZipWithoutChatText_IsAOneLineUserError()
    {
        var zip = ZipOf("photos.zip", ("IMG-1.jpg", [0xFF, 0xD8, 0x00]));

        var (code, _, stderr) = await _data.RunAsync("import", zip, "--me", "Sam");

        Assert.Equal(ExitCodes.UserError, code);
        Assert.StartsWith("error: photos.zip has no chat .txt inside", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_Directory_IsAClearUserError()
    {
        var (code, _, stderr) = await _data.RunAsync("import", _data.Path, "--me", "Sam");

        Assert.Equal(ExitCodes.UserError, code);
        Assert.Contains("is a folder; pass the exported chat itself", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_ChatWithDadWithoutRelationship_SuggestsParentAndSaysWhy()
    {
        var (code, stdout, stderr) = await _data.RunAsync("import", _data.WriteDadChat(), "--me", "Sam");

        Assert.True(code == ExitCodes.Success, stderr);
        Assert.Contains("Relationship: parent (suggested from the contact's name \"Dad\")", stdout, StringComparison.Ordinal);
        var (_, show, _) = await _data.RunAsync("contacts", "show", "Dad", "--json");
        Assert.Equal("parent", JsonDocument.Parse(show).RootElement.GetProperty("settings").GetProperty("relationship").GetString());
    }

    [Theory]
    [InlineData("Papá", "parent")]
    [InlineData("Maman ❤️", "parent")]
    [InlineData("Vater", "parent")]
    [InlineData("Lucía amor", "partner")]
    [InlineData("Chérie", "partner")]
    [InlineData("Sis", "sibling")]
    public async Task Import_ContactNamedByTheirRole_SuggestsIt(string name, string relationship)
    {
        var file = _data.WriteExport("chat.txt", $"02/09/2024, 18:02 - {name}: Hola", "02/09/2024, 18:10 - Sam: Hola!");

        var (code, stdout, stderr) = await _data.RunAsync("import", file, "--me", "Sam", "--json");

        Assert.True(code == ExitCodes.Success, stderr);
        Assert.Equal(relationship, JsonDocument.Parse(stdout).RootElement.GetProperty("relationship").GetString());
    }

    [Fact]
    public async Task Import_OwnerUsesPetNames_SuggestsPartner()
    {
        var file = _data.WriteExport(
            "WhatsApp Chat with Alex.txt",
            "02/09/2024, 18:02 - Alex: home soon?",
            "02/09/2024, 18:10 - Sam: yes babe, 10 min",
            "03/09/2024, 08:00 - Alex: coffee?",
            "03/09/2024, 08:01 - Sam: love you babe ❤️");

        var (code, stdout, stderr) = await _data.RunAsync("import", file, "--me", "Sam");

        Assert.True(code == ExitCodes.Success, stderr);
        Assert.Contains("Relationship: partner (suggested from you call them \"babe\" (2 times))", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_NoCueAndNoRelationship_SaysItIsNotSetInsteadOfSilentlyOther()
    {
        var file = _data.WriteExport("WhatsApp Chat with Alex.txt", "02/09/2024, 18:02 - Alex: meeting moved to 3pm", "02/09/2024, 18:10 - Sam: ok, thanks");

        var (code, stdout, stderr) = await _data.RunAsync("import", file, "--me", "Sam");

        Assert.True(code == ExitCodes.Success, stderr);
        Assert.Contains("Relationship: not set (nothing in the chat suggests one)", stdout, StringComparison.Ordinal);
        Assert.Contains("whatstyle contacts set \"Alex\" --relationship", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_RelationshipGiven_WinsOverTheCues()
    {
        var (code, stdout, _) = await _data.RunAsync("import", _data.WriteDadChat(), "--me", "Sam", "--relationship", "friend");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("Relationship: friend (as given)", stdout, StringComparison.Ordinal);
    }

    private static byte[] Fixture(string name)
    {
        var folder = SharedFolder.Locate("fixtures/whatsapp/exports");
        if (folder is null)
        {
            Assert.Skip("Needs ../shared/fixtures/whatsapp/exports beside the checkout (or WHATSTYLE_SHARED_DIR); not found, so this test is skipped.");
        }

        return File.ReadAllBytes(Path.Combine(folder, name));
    }

    /// <summary>A zip laid out as WhatsApp exports it, built at run time (the fixtures stay in ../shared).</summary>
    private string ZipOf(string name, params (string Entry, byte[] Content)[] entries)
    {
        var path = Path.Combine(_data.Path, name);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (entryName, content) in entries)
        {
            using var stream = zip.CreateEntry(entryName).Open();
            stream.Write(content);
        }

        return path;
    }

    public void Dispose() => _data.Dispose();
}
