using Microsoft.Extensions.Logging;
using ModelContextProtocol;
using WhatStyle.Agent.Replies.Mcp;
using WhatStyle.Agent.Tests.Support;

namespace WhatStyle.Agent.Tests.Replies.Mcp;

public sealed class ToolErrorLoggerFactoryTests
{
    [Fact]
    public void Log_ToolsDeliberateError_DownToDebug()
    {
        var sink = new RecordingLoggerProvider();
        using var factory = new ToolErrorLoggerFactory(LoggerFactory.Create(b => b.AddProvider(sink).SetMinimumLevel(LogLevel.Debug)));

        factory.CreateLogger("ModelContextProtocol.Server.McpServer").LogError(new McpException("No contact matches 'Nina'."), "\"get_contact_profile\" threw an unhandled exception.");

        Assert.Equal(LogLevel.Debug, Assert.Single(sink.Entries).Level);
    }

    [Fact]
    public void Log_ToolCrash_StillAnError()
    {
        var sink = new RecordingLoggerProvider();
        using var factory = new ToolErrorLoggerFactory(LoggerFactory.Create(b => b.AddProvider(sink).SetMinimumLevel(LogLevel.Debug)));

        factory.CreateLogger("ModelContextProtocol.Server.McpServer").LogError(new InvalidOperationException("disk on fire"), "\"record_message\" threw an unhandled exception.");

        Assert.Equal(LogLevel.Error, Assert.Single(sink.Entries).Level);
    }

    [Fact]
    public async Task Reply_NewContactAndSenderNewToAGroup_NoErrorLoggedForTheLookupsTheAgentHandles()
    {
        await using var harness = await AgentHarness.StartAsync(new ScriptedChatClient { DefaultReply = "Hi!" });

        await harness.ReplyAsync("Nina", "hey, it's Nina from the climbing gym");
        await harness.ReplyAsync(WhatStyle.Agent.Demo.DemoWorld.Brother, "hi all", "Family");

        Assert.DoesNotContain(harness.Warnings, w => w.Contains("threw an unhandled exception", StringComparison.Ordinal));
    }
}
