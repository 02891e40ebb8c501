using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;
using WhatStyle.Agent.Replies.Scoping;
using WhatStyle.Agent.Tests.Support;
using WhatStyle.Agent.Replies.Functions;

namespace WhatStyle.Agent.Tests.Replies.Functions;

public sealed class ToolDeclarationCacheTests
{
    private static readonly AIFunction Context = AIFunctionFactory.Create((string contact, string? group) => "context", "get_conversation_context", "Recent messages.");
    private static readonly AIFunction Sticker = AIFunctionFactory.Create((string emotion) => "sticker", "select_sticker", "A sticker.");

    [Fact]
    public void For_SameToolsBehindNewPerReplyGuards_SameDeclarations()
    {
        var cache = new ToolDeclarationCache();

        var first = cache.For([Guard(Context), Guard(Sticker)]);
        var second = cache.For([Guard(Context), Guard(Sticker)]);

        Assert.Same(first, second);
        Assert.Equal([ReplyKernel.ModelToolName("get_conversation_context"), ReplyKernel.ModelToolName("select_sticker")], first.Declarations.Select(d => d.Name));
    }

    [Fact]
    public void For_AnotherSubset_ItsOwnDeclarations()
    {
        var cache = new ToolDeclarationCache();

        var oneToOne = cache.For([Guard(Context), Guard(Sticker)]);
        var group = cache.For([Guard(Sticker)]);

        Assert.NotSame(oneToOne, group);
        Assert.Equal([ReplyKernel.ModelToolName("select_sticker")], group.Declarations.Select(d => d.Name));
    }

    [Fact]
    public void For_ToolRelistedWithANewSchema_NewDeclarationsWithIt()
    {
        var cache = new ToolDeclarationCache();
        var before = cache.For([Sticker]);
        var relisted = AIFunctionFactory.Create((string emotion, double intensity) => "sticker", "select_sticker", "A sticker.");

        var after = cache.For([relisted]);

        Assert.NotSame(before, after);
        var schema = Assert.IsAssignableFrom<AIFunctionDeclaration>(Assert.Single(after.Declarations)).JsonSchema;
        Assert.True(schema.GetProperty("properties").TryGetProperty("intensity", out _));
    }

    [Fact]
    public async Task For_ConcurrentReplies_AllGetTheOneSet()
    {
        var cache = new ToolDeclarationCache();

        var sets = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Task.Run(() => cache.For([Guard(Context), Guard(Sticker)]), TestContext.Current.CancellationToken)));

        Assert.Single(sets.Distinct());
    }

    [Fact]
    public void Declarations_SharedList_CannotBeChangedByACaller()
    {
        var set = new ToolDeclarationCache().For([Context]);

        Assert.Throws<NotSupportedException>(() => set.Declarations.Add(Sticker));
    }

    [Fact]
    public void For_OfferedToolsOfAnotherOrigin_KeptAsTheyAre()
    {
        var set = new ToolDeclarationCache().For([Context]);
        var foreign = AIFunctionFactory.CreateDeclaration("web_search", "Searches.", Context.JsonSchema);
        var sk = AIFunctionFactory.CreateDeclaration(ReplyKernel.ModelToolName("get_conversation_context"), "rewritten", Sticker.JsonSchema);

        var sent = set.For([sk, foreign]);

        Assert.Same(set.Declarations[0], sent[0]);
        Assert.Same(foreign, sent[1]);
    }

    /// <summary>The scope guard, made anew for each reply around the same long-lived tool.</summary>
    private static ScopedToolFunction Guard(AIFunction tool) =>
        new(tool, new ConversationScope(TestProfiles.Partner()), new ToolCallLedger(), NullLogger.Instance);
}
