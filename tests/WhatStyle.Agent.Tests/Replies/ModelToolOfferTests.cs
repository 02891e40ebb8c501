using System.Text.Json;
using Microsoft.Extensions.AI;
using WhatStyle.Agent.Demo;
using WhatStyle.Agent.Replies.Kernel;
using WhatStyle.Agent.Tests.Support;

namespace WhatStyle.Agent.Tests.Replies;

/// <summary>What the model is offered: only arguments it may set in this kind of reply (each costs prompt tokens on every call).</summary>
public sealed class ModelToolOfferTests
{
    [Fact]
    public async Task Reply_OneToOne_ToolsOfferedWithoutGroupOrBefore()
    {
        await using var harness = await AgentHarness.StartAsync(new ScriptedChatClient { DefaultReply = "See you at 8 😘" });

        await harness.ReplyAsync(DemoWorld.Partner, "dinner at 8?");

        var offered = Offered(harness);
        Assert.Equal(["text", "contact"], Arguments(offered, "analyze_tone"));
        Assert.DoesNotContain("group", Arguments(offered, "get_conversation_context"));
        Assert.DoesNotContain(offered, tool => Arguments(tool).Contains("group") || Arguments(tool).Contains("before"));
    }

    [Fact]
    public async Task Reply_InGroup_ContextToolKeepsGroupAndNoToneTool()
    {
        await using var harness = await AgentHarness.StartAsync(new ScriptedChatClient { DefaultReply = "Sounds good." });

        await harness.ReplyAsync(DemoWorld.Partner, "lunch on sunday?", DemoWorld.Group);

        var offered = Offered(harness);
        Assert.Contains("group", Arguments(offered, "get_conversation_context"));
        Assert.DoesNotContain(offered, tool => tool.Name == ReplyKernel.ModelToolName("analyze_tone"));
        Assert.DoesNotContain(offered, tool => Arguments(tool).Contains("before"));
    }

    private static List<AIFunctionDeclaration> Offered(AgentHarness harness) =>
        [.. (harness.Model.Requests[^1].Options?.Tools ?? []).OfType<AIFunctionDeclaration>()];

    private static List<string> Arguments(List<AIFunctionDeclaration> offered, string tool) =>
        Arguments(offered.Single(t => t.Name == ReplyKernel.ModelToolName(tool)));

    private static List<string> Arguments(AIFunctionDeclaration tool) =>
        tool.JsonSchema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object
            ? [.. properties.EnumerateObject().Select(p => p.Name)]
            : [];
}
