using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace WhatStyle.Agent.Providers;

/// <summary>
/// One attempt on one provider: applies the attempt's timeout (from the injected TimeProvider), turns that timeout
/// into a <see cref="TimeoutException"/> so the chain fails over, rejects empty answers, records tool-call
/// affinity, and stamps the response with the provider's name and the fallback flag.
/// </summary>
/// <remarks>Created per attempt by <see cref="ProviderFailoverChatClient"/>; it never disposes the provider's client.</remarks>
internal sealed class ProviderAttemptChatClient(
    ChainProvider provider,
    TimeSpan timeout,
    ChainRequest request,
    ToolCallAffinity affinity,
    TimeProvider timeProvider) : IChatClient
{
    public ChainProvider Provider => provider;

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        using var timeoutSource = new CancellationTokenSource(timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
        ChatResponse response;
        try
        {
            response = await provider.Client.GetResponseAsync(messages, ForProvider(options), linked.Token);
        }
        catch (OperationCanceledException ex) when (timeoutSource.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw TimedOut(ex);
        }

        if (!response.Messages.SelectMany(message => message.Contents).Any(IsUseful))
        {
            throw new InvalidDataException($"{provider.Name} returned an empty answer.");
        }

        affinity.Remember(provider.Name, response.Messages);
        Stamp(response.AdditionalProperties ??= []);
        return response;
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // The timeout covers the whole stream: a WhatsApp reply is short, and a stalled stream is a failed attempt.
        using var timeoutSource = new CancellationTokenSource(timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
        await using var updates = provider.Client.GetStreamingResponseAsync(messages, ForProvider(options), linked.Token).GetAsyncEnumerator(linked.Token);
        var first = true;
        while (true)
        {
            try
            {
                if (!await updates.MoveNextAsync())
                {
                    yield break;
                }
            }
            catch (OperationCanceledException ex) when (timeoutSource.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw TimedOut(ex);
            }

            var update = updates.Current;
            affinity.Remember(provider.Name, update.Contents);
            if (first)
            {
                Stamp(update.AdditionalProperties ??= []);
                first = false;
            }

            yield return update;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => provider.Client.GetService(serviceType, serviceKey);

    public void Dispose()
    {
        // The provider's client belongs to the chain, not to this attempt.
    }

    /// <summary>
    /// Each provider uses its configured model: a ModelId set by the caller names one provider's model and would make
    /// every other provider fail, so it is cleared (on a copy; the caller's options are shared across attempts).
    /// </summary>
    private static ChatOptions? ForProvider(ChatOptions? options)
    {
        if (options?.ModelId is null)
        {
            return options;
        }

        var copy = options.Clone();
        copy.ModelId = null;
        return copy;
    }

    private static bool IsUseful(AIContent content) =>
        content is FunctionCallContent || (content is TextContent text && !string.IsNullOrWhiteSpace(text.Text)) || content is DataContent;

    private TimeoutException TimedOut(Exception inner) =>
        new($"{provider.Name} did not answer within {timeout.TotalSeconds:0.#}s.", inner);

    private void Stamp(AdditionalPropertiesDictionary properties) =>
        new ProviderResponseInfo(
                provider.Name,
                Fallback: request.PreferredProvider is not null && request.PreferredProvider != provider.Name,
                request.FailedProviders)
            .WriteTo(properties);
}
