using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Cli;
using WhatStyle.Tools;
using WhatStyle.Tools.Contacts;
using WhatStyle.Cli.Tests;

namespace WhatStyle.Cli.Tests.Commands;

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
        await AddContactAsync("Sam", Relationship.Friend);

        var first = await Run("stickers", "pick", "--emotion", "joy", "--contact", "sam", "--record", "--json");
        var second = await Run("stickers", "pick", "--emotion", "joy", "--contact", "Sam", "--json");

        Assert.Equal(ExitCodes.Success, first.Code);
        Assert.Equal(ExitCodes.Success, second.Code);
        Assert.NotNull(StickerId(first.Stdout));
        Assert.NotEqual(StickerId(first.Stdout), StickerId(second.Stdout));
    }

    [Fact]
    public async Task Pick_RelationshipFromContactDirectory_RomanceForThePartnerOnly()
    {
        await AddContactAsync("Alex", Relationship.Partner);
        await AddContactAsync("Dad", Relationship.Parent);

        var partner = await Run("stickers", "pick", "--emotion", "love", "--moment", "romance", "--contact", "Alex", "--json");
        var dad = await Run("stickers", "pick", "--emotion", "love", "--moment", "romance", "--contact", "Dad", "--json");

        Assert.Equal(ExitCodes.Success, dad.Code);
        Assert.StartsWith("romance-", StickerId(partner.Stdout), StringComparison.Ordinal);
        Assert.Null(StickerId(dad.Stdout));
    }

    [Fact]
    public async Task Pick_UnknownContact_IsAUserError()
    {
        var (code, _, stderr) = await Run("stickers", "pick", "--emotion", "joy", "--contact", "Nobody Known");

        Assert.Equal(ExitCodes.UserError, code);
        Assert.Contains("Nobody Known", stderr, StringComparison.Ordinal);
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
        var sticker = document.RootElement.GetProperty("sticker");
        return sticker.ValueKind == JsonValueKind.Null ? null : sticker.GetProperty("id").GetString();
    }

    /// <summary>Creates a contact in the test data directory through the real domain, as the contacts commands would.</summary>
    private async Task AddContactAsync(string name, Relationship relationship)
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().Build();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddWhatStyleTools(configuration, _dataDir);
        await using var provider = services.BuildServiceProvider();
        var contacts = provider.GetRequiredService<IContactDirectory>();
        var profile = await contacts.GetOrCreateAsync(name, TestContext.Current.CancellationToken);
        await contacts.UpdateSettingsAsync(profile.Contact.Id, new ContactSettings { Relationship = relationship }, TestContext.Current.CancellationToken);
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
