using System.Text.Json;
using WhatStyle.Cli;
using WhatStyle.Agent.Tests.Support;

namespace WhatStyle.Cli.Tests.Commands;

public sealed class ReplyCommandTests : IDisposable
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("whatstyle-reply-cli-").FullName;

    public ReplyCommandTests()
    {
        // The only provider points at a loopback port nobody listens on, so the test never leaves the machine,
        // whatever keys the environment holds.
        File.WriteAllText(Path.Combine(_dataDirectory, "appsettings.json"), """
            { "Providers": { "Order": [ "mistral" ], "Mistral": { "ApiKey": "test-key", "Endpoint": "http://127.0.0.1:9/v1", "TimeoutSeconds": 5 } } }
            """);
    }

    [Fact]
    public async Task Reply_Json_HasExactlyTheDocumentedKeys()
    {
        var (code, stdout, stderr) = await CliAppTests.RunAsync("reply", "--data-dir", _dataDirectory, "--contact", "Sam", "--relationship", "friend", "--text", "How's your day going?", "--json");

        Assert.True(code == ExitCodes.Success, stderr);
        using var json = JsonDocument.Parse(stdout);
        var keys = json.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["text", "sticker", "provider", "fallback", "fallbackReason", "llmCalls", "toolCalls", "latencyMs", "contactId", "contactCreated", "queued", "dryRun", "tone"], keys);
        Assert.Equal("offline", json.RootElement.GetProperty("provider").GetString());
        Assert.True(json.RootElement.GetProperty("fallback").GetBoolean());
        Assert.False(string.IsNullOrWhiteSpace(json.RootElement.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task Reply_Json_CarriesToneFallbackReasonContactIdAndQueued()
    {
        var (code, stdout, stderr) = await CliAppTests.RunAsync("reply", "--data-dir", _dataDirectory, "--contact", "Sam", "--text", "failed my exam again 😞", "--json");

        Assert.True(code == ExitCodes.Success, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal("sadness", root.GetProperty("tone").GetProperty("emotion").GetProperty("label").GetString());
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("fallbackReason").GetString()));
        Assert.StartsWith("ct_", root.GetProperty("contactId").GetString(), StringComparison.Ordinal);
        Assert.True(root.GetProperty("contactCreated").GetBoolean());
        Assert.True(root.GetProperty("queued").GetBoolean());
        Assert.False(root.GetProperty("dryRun").GetBoolean());
    }

    [Theory]
    [InlineData("--relationship", "boss")]
    [InlineData("--relationship", "3")]
    [InlineData("--relationship", "frenemy")]
    public async Task Reply_BadEnumValue_IsAOneLineUsageErrorListingTheValidOnes(string option, string value)
    {
        var (code, _, stderr) = await CliAppTests.RunAsync("reply", "--data-dir", _dataDirectory, "--contact", "Sam", option, value, "--text", "hi");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Single(stderr.TrimEnd().Split('\n'));
        Assert.Contains($"unknown relationship '{value}'", stderr, StringComparison.Ordinal);
        Assert.Contains("partner, parent, sibling, child, friend, colleague, manager, client, other", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Parent")]
    [InlineData("PARENT")]
    [InlineData("parent")]
    public async Task Reply_RelationshipInAnyCase_IsRead(string value)
    {
        var (code, _, stderr) = await CliAppTests.RunAsync("reply", "--data-dir", _dataDirectory, "--contact", "Robert", "--relationship", value, "--text", "hi");

        Assert.True(code == ExitCodes.Success, stderr);
    }

    [Fact]
    public async Task Reply_UnknownContact_SaysItCreatedOne()
    {
        var (code, stdout, stderr) = await CliAppTests.RunAsync("reply", "--data-dir", _dataDirectory, "--contact", "Samm", "--text", "hi");

        Assert.True(code == ExitCodes.Success, stderr);
        Assert.StartsWith("Created a new contact: Samm (other).", stdout, StringComparison.Ordinal);
        Assert.Contains("whatstyle contacts set \"Samm\" --relationship", stdout, StringComparison.Ordinal);

        var (_, again, _) = await CliAppTests.RunAsync("reply", "--data-dir", _dataDirectory, "--contact", "Samm", "--text", "hi again");
        Assert.DoesNotContain("Created a new contact", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_NoCreateWithUnknownContact_RefusesAndCreatesNothing()
    {
        var (code, stdout, stderr) = await CliAppTests.RunAsync("reply", "--data-dir", _dataDirectory, "--contact", "Nobody", "--text", "hi", "--no-create");

        Assert.Equal(ExitCodes.UserError, code);
        Assert.Equal("", stdout);
        Assert.Contains("no contact matches 'Nobody'", stderr, StringComparison.Ordinal);
        var (_, list, _) = await CliAppTests.RunAsync("contacts", "list", "--data-dir", _dataDirectory);
        Assert.DoesNotContain("Nobody", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_NoCreateWithKnownContact_Replies()
    {
        await CliAppTests.RunAsync("reply", "--data-dir", _dataDirectory, "--contact", "Sam", "--text", "hi");

        var (code, stdout, stderr) = await CliAppTests.RunAsync("reply", "--data-dir", _dataDirectory, "--contact", "Sam", "--text", "hi", "--no-create");

        Assert.True(code == ExitCodes.Success, stderr);
        Assert.DoesNotContain("Created", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueueList_ShowsTheContactsName()
    {
        Assert.Equal(ExitCodes.Success, (await CliAppTests.RunAsync("reply", "--data-dir", _dataDirectory, "--contact", "Sam", "--text", "How's your day going?")).Code);

        var (code, stdout, stderr) = await CliAppTests.RunAsync("queue", "list", "--data-dir", _dataDirectory);

        Assert.True(code == ExitCodes.Success, stderr);
        Assert.Contains(" Sam: \"How's your day going?\"", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("ct_", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_DryRun_LeavesTheDataDirectoryUnchanged()
    {
        // A first real reply creates the database, the contact and a queued retry.
        Assert.Equal(ExitCodes.Success, (await CliAppTests.RunAsync("reply", "--data-dir", _dataDirectory, "--contact", "Sam", "--text", "hi")).Code);
        var before = DataDirectorySnapshot.Take(_dataDirectory);

        var (code, stdout, stderr) = await CliAppTests.RunAsync("reply", "--data-dir", _dataDirectory, "--contact", "Anna", "--text", "pizza tonight? 🍕", "--dry-run");
        var (jsonCode, json, _) = await CliAppTests.RunAsync("reply", "--data-dir", _dataDirectory, "--contact", "Sam", "--text", "still there?", "--dry-run", "--json");

        Assert.True(code == ExitCodes.Success, stderr);
        Assert.StartsWith("Would create a new contact: Anna", stdout, StringComparison.Ordinal);
        Assert.Contains("(dry run: nothing was saved)", stdout, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, jsonCode);
        Assert.True(JsonDocument.Parse(json).RootElement.GetProperty("dryRun").GetBoolean());
        Assert.Equal(before, DataDirectorySnapshot.Take(_dataDirectory));
        var (_, list, _) = await CliAppTests.RunAsync("contacts", "list", "--data-dir", _dataDirectory);
        Assert.DoesNotContain("Anna", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_DryRunWithNoDataDirectoryYet_CreatesNone()
    {
        var missing = Path.Combine(_dataDirectory, "not-yet");

        var (code, _, stderr) = await CliAppTests.RunAsync("reply", "--data-dir", missing, "--contact", "Sam", "--text", "hi", "--dry-run");

        Assert.True(code == ExitCodes.Success, stderr);
        Assert.False(Directory.Exists(missing));
    }

    [Fact]
    public async Task Reply_EmptyText_UserErrorOneLine()
    {
        var (code, _, stderr) = await CliAppTests.RunAsync("reply", "--data-dir", _dataDirectory, "--contact", "Sam", "--text", " ");

        Assert.Equal(ExitCodes.UserError, code);
        Assert.Contains("empty", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_Offline_RunsEveryScenarioAndExitsZero()
    {
        var (code, stdout, stderr) = await CliAppTests.RunAsync("demo", "--offline");

        Assert.True(code == ExitCodes.Success, stderr);
        foreach (var step in new[] { "1. Partner", "2. Father", "3. Brother", "4. A provider fails", "5. Learning", "6. Group chat", "Demo finished" })
        {
            Assert.Contains(step, stdout, StringComparison.Ordinal);
        }

        Assert.Contains("queued for retry", stdout, StringComparison.Ordinal);
        Assert.Contains("+ sticker", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_TwoMessagesThenQuit_ShowsToneAndReplies()
    {
        await using var harness = await AgentHarness.StartAsync(new ScriptedChatClient { DefaultReply = "Sounds good!" });
        using var input = new StringReader("hey, dinner tonight?\n\nthanks!\n/quit\nnot read\n");
        using var output = new StringWriter();

        await WhatStyle.Cli.Commands.ChatCommand.RunAsync(harness.Agent, "Sam", null, input, output, TestContext.Current.CancellationToken);

        var text = output.ToString();
        Assert.Equal(2, text.Split("tone:").Length - 1);
        Assert.Contains("you> Sounds good!", text, StringComparison.Ordinal);
        Assert.EndsWith("bye" + Environment.NewLine, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_Help_ListsTheCommandsAndSendsNothing()
    {
        await using var harness = await AgentHarness.StartAsync(new ScriptedChatClient { DefaultReply = "Sounds good!" });
        using var input = new StringReader("/help\n/qiut\n/quit\n");
        using var output = new StringWriter();

        await WhatStyle.Cli.Commands.ChatCommand.RunAsync(harness.Agent, "Sam", null, input, output, TestContext.Current.CancellationToken);

        var text = output.ToString();
        Assert.Contains("/help lists commands", text, StringComparison.Ordinal);
        Assert.Contains("/quit, /exit   end the chat", text, StringComparison.Ordinal);
        Assert.Contains("unknown command /qiut", text, StringComparison.Ordinal);
        Assert.DoesNotContain("tone:", text, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Temp folder: the OS cleans it.
        }
    }
}
