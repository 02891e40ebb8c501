using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using WhatStyle.Mcp.Tests.Support;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Mcp.Tests.Tools;

public sealed class ToneToolsTests
{
    [Fact]
    public async Task AnalyzeTone_SadMessage_ReturnsStructuredAnalysis()
    {
        await using var context = await McpTestContext.CreateAsync();
        var client = await context.ConnectAsync();

        var result = (await client.CallAsync("analyze_tone", new { text = "I'm so sad today 😢" })).Structured();

        Assert.Equal("I'm so sad today 😢", result.GetProperty("text").GetString());
        Assert.Equal("negative", result.GetProperty("sentiment").GetProperty("label").GetString());
        Assert.Equal("sadness", result.GetProperty("emotion").GetProperty("label").GetString());
        Assert.True(result.GetProperty("needsSupport").GetBoolean());
    }

    [Fact]
    public async Task AnalyzeTone_WithContact_PassesTheirRecentMessagesAsContext()
    {
        var tone = new FakeToneAnalyzer();
        await using var context = await McpTestContext.CreateAsync(s => s.AddSingletonInstance<WhatStyle.Tools.Tone.IToneAnalyzer>(tone));
        var client = await context.ConnectAsync();

        (await client.CallAsync("analyze_tone", new { text = "great news!", contact = "annie" })).Structured();

        Assert.NotNull(tone.LastContext);
        Assert.Equal(context.Seeded.AnnaId, tone.LastContext.Contact);
        Assert.Contains("dinner tonight at 8?", tone.LastContext.PreviousMessages ?? []);
    }

    [Fact]
    public async Task AnalyzeTone_WithGroup_ContextIsTheGroupsHistoryNotTheSendersPrivateChat()
    {
        var tone = new FakeToneAnalyzer();
        await using var context = await McpTestContext.CreateAsync(s => s.AddSingletonInstance<WhatStyle.Tools.Tone.IToneAnalyzer>(tone));
        var client = await context.ConnectAsync();
        await client.CallAsync("record_message", new { contact = "Dad", direction = "incoming", text = "Lunch is at one.", group = "Family", timestamp = "2026-05-02T09:00:00Z" });
        await client.CallAsync("record_message", new { contact = "Anna", direction = "incoming", text = "who brings the cake?", group = "Family", timestamp = "2026-05-02T09:05:00Z" });

        (await client.CallAsync("analyze_tone", new { text = "ok", contact = "annie", group = "family" })).Structured();

        Assert.NotNull(tone.LastContext);
        Assert.Equal(["Lunch is at one.", "who brings the cake?"], tone.LastContext.PreviousMessages ?? []);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("family")]
    public async Task AnalyzeTone_Before_ContextEndsBeforeTheMessageAlreadyRecorded(string? group)
    {
        var tone = new FakeToneAnalyzer();
        await using var context = await McpTestContext.CreateAsync(s => s.AddSingletonInstance<WhatStyle.Tools.Tone.IToneAnalyzer>(tone));
        var client = await context.ConnectAsync();
        await client.CallAsync("record_message", new { contact = "Anna", direction = "incoming", text = "earlier one", group, timestamp = "2026-05-02T09:00:00Z" });
        await client.CallAsync("record_message", new { contact = "Anna", direction = "incoming", text = "the message", group, timestamp = "2026-05-02T09:05:00Z" });
        await client.CallAsync("record_message", new { contact = "Anna", direction = "outgoing", text = "the reply", group, timestamp = "2026-05-02T09:05:01Z" });

        (await client.CallAsync("analyze_tone", new { text = "the message", contact = "annie", group, before = "2026-05-02T09:05:00Z" })).Structured();

        Assert.NotNull(tone.LastContext);
        var previous = tone.LastContext.PreviousMessages ?? [];
        Assert.Equal("earlier one", previous[^1]);
        Assert.DoesNotContain("the message", previous);
        Assert.DoesNotContain("the reply", previous);
    }

    [Theory]
    [InlineData("Anna", "last tuesday", "'before' is not a date and time")]
    [InlineData(null, "2026-05-02T09:05:00Z", "'before' needs 'contact'")]
    public async Task AnalyzeTone_BeforeUnusable_ErrorAndNoAnalysis(string? contact, string before, string expected)
    {
        var tone = new FakeToneAnalyzer();
        await using var context = await McpTestContext.CreateAsync(s => s.AddSingletonInstance<WhatStyle.Tools.Tone.IToneAnalyzer>(tone));
        var client = await context.ConnectAsync();

        var error = (await client.CallAsync("analyze_tone", new { text = "ok", contact, before })).Error();

        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Equal(0, tone.Calls);
    }

    [Theory]
    [InlineData("Family", "Anna", "Anna is not a member of the group")] // Dad wrote there, Anna did not
    [InlineData("Work", "Anna", "No group chat matches 'Work'")]
    [InlineData("Family", null, "'group' needs 'contact'")]
    public async Task AnalyzeTone_GroupTheContactCannotRead_ErrorAndNoAnalysis(string group, string? contact, string expected)
    {
        var tone = new FakeToneAnalyzer();
        await using var context = await McpTestContext.CreateAsync(s => s.AddSingletonInstance<WhatStyle.Tools.Tone.IToneAnalyzer>(tone));
        var client = await context.ConnectAsync();
        await client.CallAsync("record_message", new { contact = "Dad", direction = "incoming", text = "Lunch is at one.", group = "Family" });

        var error = (await client.CallAsync("analyze_tone", new { text = "ok", contact, group })).Error();

        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Equal(0, tone.Calls);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task AnalyzeTone_EmptyText_ErrorTellsWhatToFix(string text)
    {
        await using var context = await McpTestContext.CreateAsync();
        var client = await context.ConnectAsync();

        var error = (await client.CallAsync("analyze_tone", new { text })).Error();

        Assert.Contains("'text' is empty", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnalyzeTone_UnknownContact_ErrorPointsToListContacts()
    {
        await using var context = await McpTestContext.CreateAsync();
        var client = await context.ConnectAsync();

        var error = (await client.CallAsync("analyze_tone", new { text = "hi", contact = "Nobody Known" })).Error();

        Assert.Contains("No contact matches 'Nobody Known'", error, StringComparison.Ordinal);
        Assert.Contains("list_contacts", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnalyzeTone_NoContact_NeedsOnlyTheAnalyser()
    {
        // No contacts, memory or storage registered: a plain analysis must not reach for them.
        var tone = new FakeToneAnalyzer();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IToneAnalyzer>(tone);
        await using var provider = services.BuildServiceProvider();
        await using var client = await WhatStyleMcp.ConnectInProcessAsync(provider, TestContext.Current.CancellationToken,
            new McpClientOptions { ClientInfo = new Implementation { Name = "whatstyle-tests", Version = "1.0" }, DiscoverProbeTimeout = Timeout.InfiniteTimeSpan });

        var result = (await client.CallAsync("analyze_tone", new { text = "great news!" })).Structured();

        Assert.Equal("great news!", result.GetProperty("text").GetString());
        Assert.Equal(1, tone.Calls);
        Assert.Null(tone.LastContext);
    }
}
