using Microsoft.Extensions.AI;
using WhatStyle.Agent.Providers;

namespace WhatStyle.Agent.Tests.Support;

/// <summary>
/// A model that follows a script: each call takes the next step (a reply, tool calls, or an exception) and the
/// request is recorded, so tests can check what the agent sent and what it got back from tools.
/// </summary>
internal sealed class ScriptedChatClient(string provider = "mistral") : IChatClient
{
    private readonly Queue<Func<IReadOnlyList<ChatMessage>, ChatResponse>> _steps = new();

    public List<(IReadOnlyList<ChatMessage> Messages, ChatOptions? Options)> Requests { get; } = [];

    /// <summary>When the script runs out, every further call answers with this text (or fails, when null).</summary>
    public string? DefaultReply { get; set; }

    public ScriptedChatClient Reply(string text) => Then(_ => Text(text));

    public ScriptedChatClient CallTool(string name, IDictionary<string, object?> arguments) => Then(_ =>
        WithProvider(new ChatResponse(new ChatMessage(ChatRole.Assistant, [new FunctionCallContent($"call{_steps.Count}", name, arguments)]))));

    public ScriptedChatClient Fail(Exception exception) => Then(_ => throw exception);

    public ScriptedChatClient Then(Func<IReadOnlyList<ChatMessage>, ChatResponse> step)
    {
        _steps.Enqueue(step);
        return this;
    }

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages.ToList();
        Requests.Add((list, options));
        if (_steps.TryDequeue(out var step))
        {
            return Task.FromResult(step(list));
        }

        return DefaultReply is not null
            ? Task.FromResult(Text(DefaultReply))
            : throw new ProviderChainExhaustedException("Script exhausted.", []);
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The agent does not stream.");

    public object? GetService(Type serviceType, object? serviceKey = null) => serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }

    private ChatResponse Text(string text) => WithProvider(new ChatResponse(new ChatMessage(ChatRole.Assistant, text)));

    private ChatResponse WithProvider(ChatResponse response)
    {
        response.AdditionalProperties ??= [];
        response.AdditionalProperties[ProviderResponseInfo.ProviderKey] = provider;
        response.AdditionalProperties[ProviderResponseInfo.FallbackKey] = false;
        response.Usage = new UsageDetails { InputTokenCount = 100 };
        return response;
    }

    /// <summary>The chain's exception when providers were tried and failed (so the reply is queued).</summary>
    public static ProviderChainExhaustedException ProvidersFailed() => new("No provider could answer.",
        [new ProviderAttemptReport("mistral", "connection failed", new ProviderFailure("mistral", ProviderErrorKind.ConnectionFailed, null, null, "connection refused"))]);

    /// <summary>The chain's exception when no provider is configured (nothing to retry).</summary>
    public static ProviderChainExhaustedException NoneConfigured() => new("No provider could answer.",
        [new ProviderAttemptReport("mistral", "no API key")]);
}
