namespace WhatStyle.Agent.Replies;

/// <summary>The reply, and how it was made.</summary>
public sealed record AgentReply
{
    public required string Text { get; init; }

    /// <summary>A sticker to send with the text, or null.</summary>
    public ReplySticker? Sticker { get; init; }

    /// <summary>The provider that answered: mistral, openai, ollama or offline.</summary>
    public required string Provider { get; init; }

    /// <summary>True when a provider other than the first configured one answered.</summary>
    public required bool Fallback { get; init; }

    /// <summary>Model calls that were answered. A provider that failed is not among them (see <see cref="FailedLlmCalls"/>).</summary>
    public required int LlmCalls { get; init; }

    /// <summary>Model calls that were attempted and failed (the provider chain gave up); their prompt tokens are in <see cref="PromptTokens"/>.</summary>
    public int FailedLlmCalls { get; init; }

    public required int ToolCalls { get; init; }
    public required long LatencyMs { get; init; }

    /// <summary>Prompt (input) tokens over all model calls: as reported by the provider, else estimated at 4 characters per token.</summary>
    public long PromptTokens { get; init; }

    /// <summary>The tone reading of the incoming message (shown by <c>whatstyle chat</c>).</summary>
    public WhatStyle.Tools.Tone.ToneAnalysis? Tone { get; init; }

    /// <summary>In a group: the sender's message the reply quotes.</summary>
    public string? Quote { get; init; }

    /// <summary>Why the offline responder answered, when it did (secret-free).</summary>
    public string? FallbackReason { get; init; }

    /// <summary>True when the reply was queued to be regenerated once a provider is healthy again.</summary>
    public bool Queued { get; init; }
}

/// <summary>A sticker chosen for a reply.</summary>
public sealed record ReplySticker(string Id, string Emoji, string Description, string FilePath);
