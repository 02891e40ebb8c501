using System.Text.Json;
using WhatStyle.Cli;
using WhatStyle.Cli.Tests;

namespace WhatStyle.Cli.Tests.Commands;

public sealed class AnalyzeCommandTests : IDisposable
{
    private static readonly string[] s_requiredKeys =
    [
        "text", "sentiment", "emotion", "intensity", "formality", "urgency", "sarcasm", "needsSupport", "language", "emojis", "cues", "confidence",
    ];

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "whatstyle-analyze-" + Guid.NewGuid().ToString("N"));

    public AnalyzeCommandTests() => Directory.CreateDirectory(_directory);

    [Fact]
    public async Task Analyze_Text_PrintsReadableTable()
    {
        var (code, stdout, _) = await CliAppTests.RunAsync("analyze", "--text", "failed my exam again 😞 feeling terrible");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("sadness", stdout, StringComparison.Ordinal);
        Assert.Contains("needs support", stdout, StringComparison.Ordinal);
        Assert.Contains("😞", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_InputFileAsJsonl_WritesOneObjectPerLineInOrderWithTheContractKeys()
    {
        string[] messages = ["hey babe 😘 what's up?", "Good morning. How are your studies going?", "", "CALL ME NOW"];
        var input = WriteInput(messages);

        var (code, stdout, _) = await CliAppTests.RunAsync("analyze", "--input", input, "--format", "jsonl");

        Assert.Equal(ExitCodes.Success, code);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(messages.Length, lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            using var json = JsonDocument.Parse(lines[i]);
            var root = json.RootElement;
            var keys = root.EnumerateObject().Select(p => p.Name).ToList();
            Assert.Equal(s_requiredKeys, keys.Where(s_requiredKeys.Contains));
            Assert.Equal(messages[i], root.GetProperty("text").GetString());
            Assert.Equal(JsonValueKind.String, root.GetProperty("sentiment").GetProperty("label").ValueKind);
            Assert.Equal(JsonValueKind.Number, root.GetProperty("sentiment").GetProperty("score").ValueKind);
            Assert.Equal(JsonValueKind.String, root.GetProperty("emotion").GetProperty("label").ValueKind);
            Assert.Equal(8, root.GetProperty("emotion").GetProperty("scores").EnumerateObject().Count());
            Assert.Equal(JsonValueKind.String, root.GetProperty("formality").GetProperty("label").ValueKind);
            Assert.Equal(JsonValueKind.String, root.GetProperty("urgency").GetProperty("label").ValueKind);
            Assert.Contains(root.GetProperty("sarcasm").GetProperty("detected").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
        }

        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("love", first.RootElement.GetProperty("emotion").GetProperty("label").GetString());
        Assert.Equal("casual", first.RootElement.GetProperty("formality").GetProperty("label").GetString());
        Assert.True(first.RootElement.GetProperty("emotion").GetProperty("scores").TryGetProperty("love", out _));
        using var last = JsonDocument.Parse(lines[3]);
        Assert.Equal("high", last.RootElement.GetProperty("urgency").GetProperty("label").GetString());
    }

    [Fact]
    public async Task Analyze_JsonlInputObjects_ReadTheTextField()
    {
        var input = WriteInput(["{\"text\":\"I love you\",\"from\":\"anna\"}", "{not json, just a message}"]);

        var (code, stdout, _) = await CliAppTests.RunAsync("analyze", "--input", input, "--format", "jsonl");

        Assert.Equal(ExitCodes.Success, code);
        var texts = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString());
        Assert.Equal(["I love you", "{not json, just a message}"], texts);
    }

    [Fact]
    public async Task Analyze_JsonObjectWithoutText_IsUserErrorNamingTheLine()
    {
        var input = WriteInput(["fine", "{\"message\":\"hi\"}"]);

        var (code, _, stderr) = await CliAppTests.RunAsync("analyze", "--input", input, "--format", "jsonl");

        Assert.Equal(ExitCodes.UserError, code);
        Assert.Contains("line 2", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_InputTable_ListsEveryMessage()
    {
        var input = WriteInput(["good news everyone", "this is awful"]);

        var (code, stdout, _) = await CliAppTests.RunAsync("analyze", "--input", input);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("good news everyone", stdout, StringComparison.Ordinal);
        Assert.Contains("this is awful", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_MissingFile_IsUserError()
    {
        var (code, _, stderr) = await CliAppTests.RunAsync("analyze", "--input", Path.Combine(_directory, "nope.txt"));

        Assert.Equal(ExitCodes.UserError, code);
        Assert.Contains("not found", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("analyze")]
    [InlineData("analyze", "--text", "hi", "--input", "x.txt")]
    [InlineData("analyze", "--text", "hi", "--format", "xml")]
    public async Task Analyze_BadArguments_IsUsageError(params string[] args)
    {
        var (code, _, _) = await CliAppTests.RunAsync(args);

        Assert.Equal(ExitCodes.Usage, code);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string WriteInput(IEnumerable<string> lines)
    {
        var path = Path.Combine(_directory, Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllLines(path, lines);
        return path;
    }
}
