using Microsoft.Extensions.AI;
using WhatStyle.Agent.Demo;
using WhatStyle.Agent.Replies.Functions;
using WhatStyle.Agent.Tests.Support;
using WhatStyle.Mcp.Tools;

namespace WhatStyle.Agent.Tests.Scenarios;

/// <summary>A model that names one argument twice in different case gets one tool error and still writes the reply.</summary>
public sealed class ToolArgumentCaseTests
{
    [Fact]
    public async Task Reply_ToolCallWithDuplicateByCaseArguments_ToolErrorAndTheModelsReplyIsKept()
    {
        string? toolResult = null;
        var model = new ScriptedChatClient()
            .CallTool(ReplyKernel.ModelToolName(ToolNames.GetConversationContext), new Dictionary<string, object?> { ["contact"] = "Mari", ["CONTACT"] = "Dad" })
            .Then(messages =>
            {
                toolResult = messages.SelectMany(m => m.Contents).OfType<FunctionResultContent>().Single().Result?.ToString();
                return new ChatResponse(new ChatMessage(ChatRole.Assistant, "Yes! 8pm again? 😍"));
            });
        await using var harness = await AgentHarness.StartAsync(model);

        var reply = await harness.ReplyAsync(DemoWorld.Partner, "same place as last time?");

        Assert.Equal("Yes! 8pm again? 😍", reply.Text);
        Assert.False(reply.Fallback);
        Assert.NotNull(toolResult);
        Assert.Contains("differ only in case", toolResult, StringComparison.Ordinal);
        Assert.DoesNotContain("dinner tonight", toolResult, StringComparison.Ordinal);
    }
}
