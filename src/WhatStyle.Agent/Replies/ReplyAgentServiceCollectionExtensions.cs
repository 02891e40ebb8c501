using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using WhatStyle.Agent.Offline;
using WhatStyle.Agent.Prompting;
using WhatStyle.Agent.Providers;
using WhatStyle.Agent.Replies.Functions;
using WhatStyle.Agent.Replies.Connection;
using WhatStyle.Agent.Replies.PostProcessing;
using WhatStyle.Agent.Replies.Queue;
using WhatStyle.Tools.Replies.Queue;

namespace WhatStyle.Agent.Replies;

/// <summary>DI registration of the reply agent: prompts, offline responder, post-processor, MCP connection, retry queue, provider chain.</summary>
public static class ReplyAgentServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IReplyAgent"/> and what it needs. Expects the domain (<c>AddWhatStyleTools</c>, which registers
    /// the LiteDB database) for the in-process MCP server; adds the provider chain unless one is already registered.
    /// </summary>
    public static IServiceCollection AddReplyAgent(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<AgentOptions>().Bind(configuration.GetSection(AgentOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<OfflineResponderOptions>().Bind(configuration.GetSection(OfflineResponderOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PromptOptions>().Bind(configuration.GetSection(PromptOptions.SectionName));
        services.AddOptions<McpConnectionOptions>().Bind(configuration.GetSection(McpConnectionOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);

        services.TryAddSingleton<PromptLibrary>();
        services.TryAddSingleton<ReplyPromptBuilder>();
        services.TryAddSingleton(sp => PhrasebookLibrary.Load(
            sp.GetRequiredService<IOptions<OfflineResponderOptions>>().Value.PhrasebookDirectory
            ?? Path.Combine(sp.GetRequiredService<PromptLibrary>().Root, "offline")));
        services.TryAddSingleton(sp => SafetyRules.Load(Path.Combine(sp.GetRequiredService<PromptLibrary>().Root, "safety", "rules.json")));
        services.TryAddSingleton<ReplyPostProcessor>();
        services.TryAddSingleton<IOfflineResponder, OfflineResponder>();

        services.TryAddSingleton<McpConnection>();
        services.TryAddSingleton<McpToolCaller>();
        services.TryAddSingleton<ReplyContextGatherer>();
        services.AddRetryQueue();
        services.TryAddSingleton<ReplyKernel>();
        services.TryAddSingleton<ReplyAgent>();
        services.TryAddSingleton<IReplyAgent>(sp => sp.GetRequiredService<ReplyAgent>());
        services.TryAddSingleton<RetryQueueRunner>();

        services.AddProviderChain(configuration);
        return services;
    }
}
