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
    public async Task Analyze_Jsonl_CarriesCrisisLevelKindAndIntent()
    {
        string[] messages = ["we're at the vet, Bella swallowed something", "I'm drowning in emails today", "can you send me the report by 5pm?", "so sorry for your loss"];
        var input = WriteInput(messages);

        var (code, stdout, _) = await CliAppTests.RunAsync("analyze", "--input", input, "--format", "jsonl");

        Assert.Equal(ExitCodes.Success, code);
        var rows = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(("likely", "medical"), (rows[0].GetProperty("crisis").GetProperty("level").GetString(), rows[0].GetProperty("crisis").GetProperty("kind").GetString()));
        Assert.Equal("none", rows[1].GetProperty("crisis").GetProperty("level").GetString());
        Assert.Equal(JsonValueKind.Null, rows[1].GetProperty("crisis").GetProperty("kind").ValueKind);
        // A crisis told with no question or request in it is bad news being shared.
        Assert.Equal(["bad-news", "chit-chat", "request", "condolence"], rows.Select(r => r.GetProperty("intent").GetString()));
    }

    [Fact]
    public async Task Analyze_Deep_ReadsTheMeaningTheRulesMissInInputOrder()
    {
        // The rules see only a hint in the first message; the meaning is an emergency. The idiom stays no crisis.
        string[] messages = [DeepOnlyCrisis, "I'm drowning in emails today", "can you send me the report by 5pm?"];
        var input = WriteInput(messages);

        var (lexicalCode, lexicalOut, _) = await CliAppTests.RunAsync("analyze", "--input", input, "--format", "jsonl");
        var (code, stdout, _) = await CliAppTests.RunAsync("analyze", "--deep", "--input", input, "--format", "jsonl");

        Assert.Equal(ExitCodes.Success, lexicalCode);
        Assert.Equal(ExitCodes.Success, code);
        var lexical = Rows(lexicalOut);
        var deep = Rows(stdout);
        Assert.Equal(messages, deep.Select(r => r.GetProperty("text").GetString()));
        Assert.Equal("none", lexical[0].GetProperty("crisis").GetProperty("level").GetString());
        Assert.NotEqual("none", deep[0].GetProperty("crisis").GetProperty("level").GetString());
        Assert.Equal("none", deep[1].GetProperty("crisis").GetProperty("level").GetString());
    }

    [Fact]
    public async Task Analyze_DeepText_ShowsTheCrisisInTheTable()
    {
        var (code, stdout, _) = await CliAppTests.RunAsync("analyze", "--deep", "--text", DeepOnlyCrisis);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("crisis", stdout, StringComparison.Ordinal);
        Assert.Matches("(semantic|prototype):", stdout);
    }

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
        string[] messages = ["hey babe 😘 what's up?", "Good morning. How are your studies going?", "CALL ME NOW"];
        var input = WriteInput([messages[0], messages[1], "", "   ", messages[2]]);

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
        using var last = JsonDocument.Parse(lines[2]);
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

    [Fact]
    public async Task Analyze_JsonlWithIds_EchoesEachIdFirst()
    {
        var input = WriteInput(["{\"id\":\"m-1\",\"text\":\"I love you\"}", "{\"id\":42,\"text\":\"CALL ME NOW\"}", "plain line", "{\"text\":\"no id\"}"]);

        var (code, stdout, stderr) = await CliAppTests.RunAsync("analyze", "--input", input, "--format", "jsonl");

        Assert.True(code == ExitCodes.Success, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(4, lines.Count);
        Assert.Equal("id", lines[0].EnumerateObject().First().Name);
        Assert.Equal("m-1", lines[0].GetProperty("id").GetString());
        Assert.Equal("I love you", lines[0].GetProperty("text").GetString());
        Assert.Equal(42, lines[1].GetProperty("id").GetInt32());
        Assert.False(lines[2].TryGetProperty("id", out _));
        Assert.False(lines[3].TryGetProperty("id", out _));
    }

    [Fact]
    public async Task Analyze_ManyLines_KeepsInputOrderAcrossParallelChunks()
    {
        var messages = Enumerable.Range(0, 5000).Select(i => i % 3 == 0 ? $"{i} I love you ❤️" : i % 3 == 1 ? $"{i} CALL ME NOW" : $"{i} meeting at 3pm").ToList();
        var input = WriteInput(messages);

        var (code, stdout, stderr) = await CliAppTests.RunAsync("analyze", "--input", input, "--format", "jsonl");

        Assert.True(code == ExitCodes.Success, stderr);
        var texts = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()).ToList();
        Assert.Equal<string?>(messages, texts);
    }

    [Fact]
    public async Task Analyze_JsonlLine_IsTheSameJsonAsTheSharedContract()
    {
        // The source-generated context must write exactly what WhatStyleJson writes (names, enums, dictionary keys),
        // and every member of the reading, including ones added later.
        string[] messages = ["hey babe 😘 what's up?", "failed my exam again 😞 feeling terrible", "Dear Mr. Smith, the contract is attached."];
        var input = WriteInput(messages);
        var analyzer = WhatStyle.Tools.Tone.ToneAnalyzerFactory.CreateDefault();

        var (code, stdout, _) = await CliAppTests.RunAsync("analyze", "--input", input, "--format", "jsonl");

        Assert.Equal(ExitCodes.Success, code);
        var expected = messages.Select(m => JsonSerializer.Serialize(analyzer.Analyze(m), WhatStyle.Tools.Serialization.WhatStyleJson.Options));
        Assert.Equal(expected, stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Analyze_BinaryFile_IsRefusedWithAClearError()
    {
        var path = Path.Combine(_directory, "photo.jpg");
        File.WriteAllBytes(path, [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01]);

        var (code, stdout, stderr) = await CliAppTests.RunAsync("analyze", "--input", path, "--format", "jsonl");

        Assert.Equal(ExitCodes.UserError, code);
        Assert.Equal("", stdout);
        Assert.StartsWith("error: 'photo.jpg' looks binary", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task Analyze_Directory_IsRefusedWithAClearError()
    {
        var (code, _, stderr) = await CliAppTests.RunAsync("analyze", "--input", _directory);

        Assert.Equal(ExitCodes.UserError, code);
        Assert.Contains("is a directory", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_MessageOverTheLimit_IsCutAndSaysSo()
    {
        var input = WriteInput(["short", "ha" + new string('a', 70_000)]);

        var (code, stdout, stderr) = await CliAppTests.RunAsync("analyze", "--input", input, "--format", "jsonl");
        var (tableCode, table, _) = await CliAppTests.RunAsync("analyze", "--input", input);

        Assert.Equal(ExitCodes.Success, code);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.False(lines[0].TryGetProperty("truncated", out _));
        Assert.True(lines[1].GetProperty("truncated").GetBoolean());
        Assert.Equal(65_536, lines[1].GetProperty("text").GetString()!.Length);
        Assert.Contains("line 2 is longer than 65,536 characters; only its first 65,536 were analysed", stderr, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, tableCode);
        Assert.Contains("line 2 is longer than 65,536 characters", table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_TableWithWideEmoji_KeepsColumnsAligned()
    {
        var input = WriteInput(["miss u ❤️", "ok", "family 👨‍👩‍👧 time", "go 🇩🇪 👍🏽 1️⃣"]);

        var (code, stdout, _) = await CliAppTests.RunAsync("analyze", "--input", input);

        Assert.Equal(ExitCodes.Success, code);
        var rows = stdout.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        var header = rows[0];
        var sentimentColumn = header.IndexOf("sentiment", StringComparison.Ordinal);
        foreach (var row in rows.Skip(2))
        {
            // Display columns before the sentiment cell: the same on every row, whatever emoji the text holds.
            var label = new[] { "positive", "negative", "neutral" }.Select(l => row.IndexOf("  " + l, StringComparison.Ordinal)).Where(i => i >= 0).Min() + 2;
            Assert.Equal(sentimentColumn, WhatStyle.Cli.Terminal.CellWidth.Of(row[..label]));
        }
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>An emergency in which the rules find only a hint ("collapsed", too weak alone); the meaning reads it.</summary>
    private const string DeepOnlyCrisis = "my dad collapsed and isn't moving";

    private static List<JsonElement> Rows(string jsonl) =>
        [.. jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];

    private string WriteInput(IEnumerable<string> lines)
    {
        var path = Path.Combine(_directory, Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllLines(path, lines);
        return path;
    }
}
