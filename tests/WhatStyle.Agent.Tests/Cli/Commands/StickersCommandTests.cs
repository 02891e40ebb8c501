using System.Text.Json;
using WhatStyle.Agent.Cli;
using WhatStyle.Agent.Tests.Cli;

namespace WhatStyle.Agent.Tests.Cli.Commands;

public sealed class StickersCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "whatstyle-cli-stickers-" + Guid.NewGuid().ToString("N"));
    private readonly string _dataDir;

    public StickersCommandTests()
    {
        _dataDir = Path.Combine(_root, "data");
        Directory.CreateDirectory(_dataDir);
    }

    [Fact]
    public async Task List_Json_ListsTheStarterPack()
    {
        var (code, stdout, _) = await Run("stickers", "list", "--json");

        Assert.Equal(ExitCodes.Success, code);
        using var json = JsonDocument.Parse(stdout);
        Assert.True(json.RootElement.GetArrayLength() >= 40);
        Assert.Contains(json.RootElement.EnumerateArray(), s => s.GetProperty("id").GetString() == "hug-warm");
    }

    [Fact]
    public async Task List_Text_EndsWithACount()
    {
        var (code, stdout, _) = await Run("stickers", "list");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("hug-warm", stdout, StringComparison.Ordinal);
        Assert.Matches(@"\d+ stickers \(\d+ starter, 0 from your packs\)", stdout);
    }

    [Fact]
    public async Task Pick_SadSibling_PrintsASupportiveStickerAndItsFile()
    {
        var (code, stdout, _) = await Run("stickers", "pick", "--emotion", "sadness", "--relationship", "sibling", "--intensity", "0.8");

        Assert.Equal(ExitCodes.Success, code);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Matches("^(hug|comfort)-", lines[0]);
        Assert.EndsWith(".webp", lines[1], StringComparison.Ordinal);
        Assert.True(File.Exists(lines[1]));
    }

    [Fact]
    public async Task Pick_NothingFits_SaysSoAndSucceeds()
    {
        var (code, stdout, _) = await Run("stickers", "pick", "--emotion", "disgust", "--relationship", "client");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("No sticker fits", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pick_JsonRomanceToParent_IsNotFound()
    {
        var (code, stdout, _) = await Run("stickers", "pick", "--emotion", "love", "--relationship", "parent", "--moment", "romance", "--json");

        Assert.Equal(ExitCodes.Success, code);
        using var json = JsonDocument.Parse(stdout);
        Assert.False(json.RootElement.GetProperty("found").GetBoolean());
    }

    [Fact]
    public async Task Pick_RecordedForContact_DoesNotRepeatNextTime()
    {
        var first = await Run("stickers", "pick", "--emotion", "joy", "--relationship", "friend", "--contact", "Sam", "--record", "--json");
        var second = await Run("stickers", "pick", "--emotion", "joy", "--relationship", "friend", "--contact", "Sam", "--json");

        Assert.Equal(ExitCodes.Success, first.Code);
        Assert.NotEqual(StickerId(first.Stdout), StickerId(second.Stdout));
    }

    [Theory]
    [InlineData("--emotion", "giddy")]
    [InlineData("--intensity", "2")]
    [InlineData("--relationship", "boss")]
    public async Task Pick_BadValue_IsAUserError(string option, string value)
    {
        string[] args = option == "--emotion"
            ? ["stickers", "pick", option, value]
            : ["stickers", "pick", "--emotion", "joy", option, value];

        var (code, _, stderr) = await Run(args);

        Assert.Equal(ExitCodes.UserError, code);
        Assert.Contains(value, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_GoodAndBadFiles_AddsTheGoodOnesAndExplainsTheRest()
    {
        var pack = WritePack("cats", ("good.webp", File.ReadAllBytes(StarterFile("hug-warm.webp"))), ("bad.webp", "GIF89a not a webp"u8.ToArray()));

        var (code, stdout, _) = await Run("stickers", "add", pack);
        var (_, list, _) = await Run("stickers", "list", "--json");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("added   cats/good", stdout, StringComparison.Ordinal);
        Assert.Contains("refused bad.webp: it is not a WebP file", stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_dataDir, "stickers", "cats", "good.webp")));
        Assert.Contains("\"id\":\"cats/good\"", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_OnlyBadFiles_FailsWithReasons()
    {
        var pack = WritePack("junk", ("bad.webp", new byte[100]));

        var (code, stdout, stderr) = await Run("stickers", "add", pack);

        Assert.Equal(ExitCodes.UserError, code);
        Assert.Contains("refused bad.webp", stdout, StringComparison.Ordinal);
        Assert.Contains("every file was refused", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_MissingFolder_IsAUserError()
    {
        var (code, _, stderr) = await Run("stickers", "add", Path.Combine(_root, "nowhere"));

        Assert.Equal(ExitCodes.UserError, code);
        Assert.Contains("not found", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_MissingArtwork_IsAUserError()
    {
        var (code, _, stderr) = await Run("stickers", "build", "--source", Path.Combine(_root, "no-art"), "--output", Path.Combine(_root, "out"));

        Assert.Equal(ExitCodes.UserError, code);
        Assert.Contains("no-art", stderr, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private Task<(int Code, string Stdout, string Stderr)> Run(params string[] args) =>
        CliAppTests.RunAsync([.. args, "--data-dir", _dataDir]);

    private static string StarterFile(string name) => Path.Combine(AppContext.BaseDirectory, "stickers", name);

    private static string? StickerId(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("sticker").GetProperty("id").GetString();
    }

    private string WritePack(string name, params (string File, byte[] Bytes)[] files)
    {
        var folder = Path.Combine(_root, name);
        Directory.CreateDirectory(folder);
        var stickers = files.Select(f => new
        {
            id = Path.GetFileNameWithoutExtension(f.File),
            file = f.File,
            emoji = "🐱",
            emotions = new[] { "joy" },
            moments = new[] { "laughter" },
        });
        File.WriteAllText(Path.Combine(folder, "manifest.json"), JsonSerializer.Serialize(new { pack = name, stickers }));
        foreach (var (file, bytes) in files)
        {
            File.WriteAllBytes(Path.Combine(folder, file), bytes);
        }

        return folder;
    }
}
