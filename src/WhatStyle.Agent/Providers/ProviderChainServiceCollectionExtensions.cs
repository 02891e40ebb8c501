using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace WhatStyle.Agent.Providers;

/// <summary>Registers the provider chain: options, health, the keyed <see cref="IChatClient"/> and its status view.</summary>
public static class ProviderChainServiceCollectionExtensions
{
    /// <summary>The service key of the chain's <see cref="IChatClient"/>.</summary>
    public const string ChatClientKey = "whatstyle.chain";

    /// <summary>
    /// Adds the provider chain from the <c>Providers</c> section. Resolve it with
    /// <c>GetRequiredKeyedService&lt;IChatClient&gt;(ChatClientKey)</c> and put FunctionInvokingChatClient ON TOP of it
    /// (<c>chain.AsBuilder().UseFunctionInvocation().Build()</c>), never below: each tool-loop iteration is then one call
    /// to the chain, which keeps the loop on the provider that began it. The chain throws
    /// <see cref="ProviderChainExhaustedException"/> when no provider answered; the caller falls back to its offline responder.
    /// </summary>
    public static IServiceCollection AddProviderChain(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<ProviderChainOptions>().Bind(configuration.GetSection(ProviderChainOptions.SectionName));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<ProviderChainOptions>>(new ProviderChainOptionsSetup(configuration)));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ProviderChainOptions>, ProviderChainOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.TryAddSingleton(provider => Build(
            provider.GetRequiredService<IOptions<ProviderChainOptions>>().Value,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance));
        services.TryAddKeyedSingleton<IChatClient>(ChatClientKey, (provider, _) => provider.GetRequiredService<ProviderFailoverChatClient>());
        services.TryAddSingleton<IProviderChainStatus, ProviderChainStatus>();
        return services;
    }

    internal static ProviderFailoverChatClient Build(ProviderChainOptions options, TimeProvider timeProvider, ILoggerFactory loggerFactory)
    {
        var logger = loggerFactory.CreateLogger("WhatStyle.Agent.Providers.ProviderChain");
        var owned = new List<IDisposable>();
        var providers = ProviderSettings.Resolve(options)
            .Select(settings => ProviderClientFactory.Create(settings, options, timeProvider, owned))
            .ToList();
        var health = new ProviderHealthTracker(options, timeProvider, logger);
        return new ProviderFailoverChatClient(providers, options, health, timeProvider, logger, owned);
    }
}
