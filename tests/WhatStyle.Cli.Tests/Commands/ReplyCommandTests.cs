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
        Assert.Equal(["text", "sticker", "provider", "fallback", "llmCalls", "toolCalls", "latencyMs"], keys);
        Assert.Equal("offline", json.RootElement.GetProperty("provider").GetString());
        Assert.True(json.RootElement.GetProperty("fallback").GetBoolean());
        Assert.False(string.IsNullOrWhiteSpace(json.RootElement.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task Reply_UnknownRelationship_UserError()
    {
        var (code, _, stderr) = await CliAppTests.RunAsync("reply", "--data-dir", _dataDirectory, "--contact", "Sam", "--relationship", "frenemy", "--text", "hi");

        Assert.Equal(ExitCodes.UserError, code);
        Assert.Contains("unknown relationship", stderr, StringComparison.Ordinal);
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
