using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using OllamaSharp;
using OpenAI;
using WhatStyle.Agent.Providers.Mistral;
using WhatStyle.Agent.Providers.Ollama;

namespace WhatStyle.Agent.Providers;

/// <summary>
/// Builds each provider's client with the SDK's own retries off (<c>ClientRetryPolicy(0)</c>), so the chain is the only
/// retry loop, and with HTTP timeouts only as a backstop behind the chain's per-attempt timeout.
/// </summary>
internal static class ProviderClientFactory
{
    // The chain's own timer fires first; the transport's is a backstop for a timer that never fires.
    private static readonly TimeSpan BackstopMargin = TimeSpan.FromSeconds(5);

    public static ChainProvider Create(ProviderSettings settings, ProviderChainOptions options, TimeProvider timeProvider, ICollection<IDisposable> owned)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(owned);
        if (settings.SkipReason is { } reason)
        {
            return new ChainProvider(settings, new UnconfiguredChatClient(settings.Name, reason));
        }

        return settings.Name switch
        {
            ProviderNames.Mistral => new ChainProvider(settings, OpenAICompatible(settings, Track(owned, new HttpClient(new MistralRequestSanitizer { InnerHandler = Handler() }) { Timeout = Timeout.InfiniteTimeSpan }))),
            ProviderNames.OpenAI => new ChainProvider(settings, OpenAICompatible(settings, Track(owned, new HttpClient(Handler()) { Timeout = Timeout.InfiniteTimeSpan }))),
            ProviderNames.Ollama => Ollama(settings, options, timeProvider, owned),
            _ => throw new ArgumentException($"Unknown provider '{settings.Name}'.", nameof(settings)),
        };
    }

    private static IChatClient OpenAICompatible(ProviderSettings settings, HttpClient http)
    {
        var client = new OpenAIClient(new ApiKeyCredential(settings.ApiKey!), new OpenAIClientOptions
        {
            Endpoint = settings.Endpoint,
            Transport = new HttpClientPipelineTransport(http),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = settings.Timeout + BackstopMargin,
        });
        return client.GetChatClient(settings.Model).AsIChatClient();
    }

    private static ChainProvider Ollama(ProviderSettings settings, ProviderChainOptions options, TimeProvider timeProvider, ICollection<IDisposable> owned)
    {
        var baseAddress = new Uri(settings.Endpoint.ToString().TrimEnd('/') + "/");
        var http = Track(owned, new HttpClient(Handler()) { BaseAddress = baseAddress, Timeout = settings.Timeout + BackstopMargin });
        var probe = new OllamaReachabilityProbe(
            http,
            baseAddress,
            TimeSpan.FromMilliseconds(options.OllamaProbeTimeoutMilliseconds),
            TimeSpan.FromSeconds(options.OllamaProbeCacheSeconds),
            timeProvider);
        var client = new NonStreamingChatClient(new OllamaApiClient(http, settings.Model));
        return new ChainProvider(settings, client, probe.CheckAsync);
    }

    private static SocketsHttpHandler Handler() => new()
    {
        // A provider that cannot even accept a connection should fail fast and let the chain move on.
        ConnectTimeout = TimeSpan.FromSeconds(5),
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    };

    private static T Track<T>(ICollection<IDisposable> owned, T disposable)
        where T : IDisposable
    {
        owned.Add(disposable);
        return disposable;
    }

    /// <summary>Stands in for a provider the chain always skips, so no SDK client is built without a key.</summary>
    private sealed class UnconfiguredChatClient(string name, string reason) : IChatClient
    {
        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException($"{name} is not configured: {reason}.");

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException($"{name} is not configured: {reason}.");

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
