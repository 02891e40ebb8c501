using System.Text.Json;
using WhatStyle.Cli;

namespace WhatStyle.Cli.Tests.Commands;

public sealed class ContactsCommandTests : IDisposable
{
    private readonly CliDataDirectory _data = new();

    [Fact]
    public async Task List_Empty_SaysHowToImport()
    {
        var (code, stdout, _) = await _data.RunAsync("contacts", "list");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("whatstyle import", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_AfterImport_PrintsFingerprintWithMessageCount()
    {
        await _data.RunAsync("import", _data.WriteDadChat(), "--me", "Sam");

        var (code, stdout, _) = await _data.RunAsync("contacts", "show", "dad");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("learned from 2 of your messages", stdout, StringComparison.Ordinal);
        Assert.Contains("Emoji per message:   0.00", stdout, StringComparison.Ordinal);
        Assert.Contains("(formal)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Set_ThenShowJson_ReturnsSettingsAndEffectiveValues()
    {
        await _data.RunAsync("import", _data.WriteDadChat(), "--me", "Sam");

        var set = await _data.RunAsync("contacts", "set", "Dad", "--relationship", "parent", "--emoji", "none", "--nickname", "Dad", "--tone", "respectful", "--language", "en", "--alias", "Papa");
        var (code, stdout, _) = await _data.RunAsync("contacts", "show", "papa", "--json");

        Assert.Equal(ExitCodes.Success, set.Code);
        Assert.Equal(ExitCodes.Success, code);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal("parent", root.GetProperty("settings").GetProperty("relationship").GetString());
        Assert.Equal("respectful", root.GetProperty("settings").GetProperty("tone").GetString());
        Assert.Equal("none", root.GetProperty("emojiPolicy").GetString());
        Assert.Equal("Papa", root.GetProperty("contact").GetProperty("aliases")[0].GetString());
        Assert.Equal(2, root.GetProperty("style").GetProperty("messageCount").GetInt32());
    }

    [Fact]
    public async Task Set_Mode_IsStoredOnTheProfileAndOtherSettingsStay()
    {
        await _data.RunAsync("contacts", "set", "+49 170 1234567", "--tone", "warm");

        var set = await _data.RunAsync("contacts", "set", "49 170 1234567", "--mode", "draft");
        var bad = await _data.RunAsync("contacts", "set", "49 170 1234567", "--mode", "sometimes");
        var (_, stdout, _) = await _data.RunAsync("contacts", "show", "+491701234567", "--json");

        Assert.Equal(ExitCodes.Success, set.Code);
        Assert.NotEqual(ExitCodes.Success, bad.Code);
        using var json = JsonDocument.Parse(stdout);
        var settings = json.RootElement.GetProperty("settings");
        Assert.Equal("draft", settings.GetProperty("replyMode").GetString());
        Assert.Equal("warm", settings.GetProperty("tone").GetString());
    }

    [Fact]
    public async Task Set_Address_IsStoredAndShownWithTheEffectiveOne()
    {
        await _data.RunAsync("contacts", "set", "Madame Laurent", "--relationship", "friend");

        var set = await _data.RunAsync("contacts", "set", "Madame Laurent", "--address", "polite");
        var bad = await _data.RunAsync("contacts", "set", "Madame Laurent", "--address", "vous");
        var (_, stdout, _) = await _data.RunAsync("contacts", "show", "Madame Laurent", "--json");
        var text = await _data.RunAsync("contacts", "show", "Madame Laurent");

        Assert.Equal(ExitCodes.Success, set.Code);
        Assert.NotEqual(ExitCodes.Success, bad.Code);
        Assert.Contains("familiar, polite", bad.Stderr, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("polite", json.RootElement.GetProperty("settings").GetProperty("address").GetString());
        Assert.Equal("polite", json.RootElement.GetProperty("address").GetString());
        Assert.Contains("address polite", text.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Set_NothingToSet_IsAUserError()
    {
        var (code, _, stderr) = await _data.RunAsync("contacts", "set", "Dad");

        Assert.Equal(ExitCodes.UserError, code);
        Assert.Contains("Nothing to set", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Set_AliasOfAnotherContact_IsAUserError()
    {
        await _data.RunAsync("contacts", "set", "Mum", "--relationship", "parent");

        var (code, _, stderr) = await _data.RunAsync("contacts", "set", "Dad", "--alias", "mum");

        Assert.Equal(ExitCodes.UserError, code);
        Assert.Contains("already belongs to Mum", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_Unknown_IsAUserError()
    {
        var (code, _, stderr) = await _data.RunAsync("contacts", "show", "Nobody");

        Assert.Equal(ExitCodes.UserError, code);
        Assert.Contains("No contact matches 'Nobody'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListJson_AfterImport_IsAnArrayOfProfiles()
    {
        await _data.RunAsync("import", _data.WriteDadChat(), "--me", "Sam");

        var (_, stdout, _) = await _data.RunAsync("contacts", "list", "--json");

        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("Dad", json.RootElement[0].GetProperty("contact").GetProperty("displayName").GetString());
    }

    public void Dispose() => _data.Dispose();
}
