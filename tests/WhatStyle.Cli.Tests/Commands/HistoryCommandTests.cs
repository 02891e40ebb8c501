using System.Text.Json;
using WhatStyle.Cli;

namespace WhatStyle.Cli.Tests.Commands;

public sealed class HistoryCommandTests : IDisposable
{
    private readonly CliDataDirectory _data = new();

    [Fact]
    public async Task History_Limit_ShowsNewestMessagesOldestFirstWithSummary()
    {
        await _data.RunAsync("import", _data.WriteDadChat(), "--me", "Sam");

        var (code, stdout, _) = await _data.RunAsync("history", "Dad", "--limit", "2");

        Assert.Equal(ExitCodes.Success, code);
        var lines = stdout.TrimEnd().Split('\n');
        Assert.Contains("4 messages with Dad", lines[0], StringComparison.Ordinal);
        Assert.Contains("Dad: How is your studying going?", lines[1], StringComparison.Ordinal);
        Assert.Contains("you: My studies are going well, thank you.", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_Json_IsTheConversationContext()
    {
        await _data.RunAsync("import", _data.WriteDadChat(), "--me", "Sam");

        var (_, stdout, _) = await _data.RunAsync("history", "dad", "--json");

        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(4, json.RootElement.GetProperty("recent").GetArrayLength());
        Assert.Equal("outgoing", json.RootElement.GetProperty("recent")[3].GetProperty("direction").GetString());
    }

    [Fact]
    public async Task History_Group_ShowsSenders()
    {
        var file = _data.WriteExport(
            "group.txt",
            "31/12/2023, 21:40 - Alice created group \"Trip 2024\"",
            "31/12/2023, 21:41 - Alice: Who brings the tent?",
            "31/12/2023, 21:42 - Bob: I do",
            "31/12/2023, 21:43 - Sam: great, thanks Bob");
        await _data.RunAsync("import", file, "--me", "Sam");

        var (code, stdout, _) = await _data.RunAsync("history", "trip 2024");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("Alice: Who brings the tent?", stdout, StringComparison.Ordinal);
        Assert.Contains("Bob: I do", stdout, StringComparison.Ordinal);
        Assert.Contains("you: great, thanks Bob", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_BadLimit_IsAUsageError()
    {
        var (code, _, _) = await _data.RunAsync("history", "Dad", "--limit", "0");

        Assert.Equal(ExitCodes.Usage, code);
    }

    [Fact]
    public async Task History_Unknown_IsAUserError()
    {
        var (code, _, stderr) = await _data.RunAsync("history", "Nobody");

        Assert.Equal(ExitCodes.UserError, code);
        Assert.Contains("No contact or group matches", stderr, StringComparison.Ordinal);
    }

    public void Dispose() => _data.Dispose();
}
