using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Agent.Providers;
using WhatStyle.Agent.Replies;
using WhatStyle.Agent.Demo;
using WhatStyle.Tools;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Memory;

namespace WhatStyle.Benchmarks.Agent;

/// <summary>
/// One reply end to end (MCP gathering in-process, prompt, one model call, post-processing, recording) with a fake
/// model; reports latency and, in extra columns, LLM calls and prompt tokens per reply.
/// Run: <c>dotnet run -c Release --project bench/WhatStyle.Benchmarks -- --filter '*ReplyAgent*'</c>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(UsageConfig))]
public class ReplyAgentBenchmarks
{
    private ServiceProvider? _services;
    private IReplyAgent? _agent;
    private string? _dataDirectory;
    private IncomingMessage? _message;

    /// <summary>partner (plain reply), father (formal), brother (needs support: the agent picks the sticker itself), tool (the model calls select_sticker first).</summary>
    [Params("partner", "father", "brother", "tool")]
    public string Scenario { get; set; } = "partner";

    [GlobalSetup]
    public void Setup()
    {
        _dataDirectory = Directory.CreateTempSubdirectory("whatstyle-bench-agent-").FullName;
        var configuration = new ConfigurationBuilder().Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddKeyedSingleton<IChatClient>(ProviderChainServiceCollectionExtensions.ChatClientKey, new FakeReplyChatClient(Scenario == "tool"));
        services.AddWhatStyleTools(configuration, _dataDirectory);
        services.AddReplyAgent(configuration);
        _services = services.BuildServiceProvider();
        DemoWorld.SeedAsync(_services.GetRequiredService<IContactDirectory>(), _services.GetRequiredService<IConversationMemory>(), CancellationToken.None).GetAwaiter().GetResult();
        _agent = _services.GetRequiredService<IReplyAgent>();
        _message = Scenario switch
        {
            "father" => new IncomingMessage { Contact = "Dad", Text = "Good morning. How are your studies going?" },
            "brother" or "tool" => new IncomingMessage { Contact = DemoWorld.Brother, Text = "failed my exam again 😞 feeling terrible" },
            _ => new IncomingMessage { Contact = DemoWorld.Partner, Text = "hey babe 😘 what's up?" },
        };

        var reply = _agent.ReplyAsync(_message).GetAwaiter().GetResult();
        var usage = new LlmUsage(reply.LlmCalls, reply.PromptTokens, reply.ToolCalls);
        File.WriteAllText(LlmUsageColumn.FileFor(Scenario), JsonSerializer.Serialize(usage));
    }

    [Benchmark]
    public Task<AgentReply> Reply() => _agent!.ReplyAsync(_message!);

    [GlobalCleanup]
    public void Cleanup()
    {
        _services?.Dispose();
        try
        {
            Directory.Delete(_dataDirectory!, recursive: true);
        }
        catch (IOException)
        {
            // Temp folder.
        }
    }

    private sealed class UsageConfig : ManualConfig
    {
        public UsageConfig()
        {
            AddColumn(new LlmUsageColumn("LLM calls", u => u.LlmCalls.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            AddColumn(new LlmUsageColumn("Prompt tokens", u => u.PromptTokens.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            AddColumn(new LlmUsageColumn("Tool calls", u => u.ToolCalls.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }
}
