using System.Text.Json;
using WhatStyle.Cli;

namespace WhatStyle.Cli.Tests.Commands;

/// <summary>`whatstyle memory status|embed`: an import's history waits for its meaning, and is embedded once, on request.</summary>
public sealed class MemoryCommandTests : IDisposable
{
    private readonly CliDataDirectory _data = new();

    [Fact]
    public async Task MemoryEmbed_AfterAnImport_EmbedsWhatWaitedOnceAndStatusShowsIt()
    {
        var chat = Path.Combine(_data.Path, "friend.txt");
        Assert.Equal(ExitCodes.Success, (await _data.RunAsync("generate-chat", chat, "--persona", "friend", "--messages", "200", "--seed", "3")).Code);
        var (imported, importOut, _) = await _data.RunAsync("import", chat, "--me", "Sam");
        Assert.Equal(ExitCodes.Success, imported);
        Assert.Contains("wait to be embedded by meaning", importOut, StringComparison.Ordinal);

        var (code, stdout, stderr) = await _data.RunAsync("memory", "status", "--json");
        Assert.Equal((ExitCodes.Success, ""), (code, stderr));
        using (var before = JsonDocument.Parse(stdout))
        {
            var row = Assert.Single(before.RootElement.EnumerateArray());
            Assert.Equal("Jake", row.GetProperty("name").GetString());
            Assert.True(row.GetProperty("pending").GetInt32() > 0);
            Assert.Equal(0, row.GetProperty("embedded").GetInt32());
        }

        var (embedCode, embedOut, _) = await _data.RunAsync("memory", "embed");
        Assert.Equal(ExitCodes.Success, embedCode);
        Assert.StartsWith("Embedded ", embedOut, StringComparison.Ordinal);

        var (_, after, _) = await _data.RunAsync("memory", "status");
        Assert.Contains("exchanges are embedded by meaning.", after, StringComparison.Ordinal);
        Assert.Contains("0 waiting", after, StringComparison.Ordinal);
        var (_, again, _) = await _data.RunAsync("memory", "embed");
        Assert.StartsWith("Nothing was waiting", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MemoryStatus_EmptyDataDirectory_SaysAllIsEmbedded()
    {
        var (code, stdout, stderr) = await _data.RunAsync("memory", "status");

        Assert.Equal((ExitCodes.Success, ""), (code, stderr));
        Assert.Equal("All 0 exchanges are embedded by meaning.", stdout.Trim());
    }

    public void Dispose() => _data.Dispose();
}
