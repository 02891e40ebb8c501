namespace WhatStyle.WhatsAppBridge.Webhooks;

/// <summary>One entry of <c>value.messages[]</c>, flattened; <see cref="Text"/> is null when the type is not answered.</summary>
internal sealed record InboundMessage
{
    public required string Id { get; init; }
    public required string Type { get; init; }

    /// <summary>Sender's wa_id, or the BSUID when the number is hidden; null when neither is present.</summary>
    public string? From { get; init; }
    public string? UserId { get; init; }
    public string? Group { get; init; }
    public string? SenderName { get; init; }
    public required string PhoneNumberId { get; init; }

    /// <summary>What the agent is asked to answer, or null for types that get no reply (reactions, edits, system…).</summary>
    public string? Text { get; init; }

    /// <summary>Why it is not answered, or other facts worth keeping (reaction emoji, error codes).</summary>
    public string? Note { get; init; }
    public string? ContextId { get; init; }

    /// <summary>For edits and revokes: the message they change.</summary>
    public string? TargetId { get; init; }

    /// <summary>For edits: the new text or caption.</summary>
    public string? EditedText { get; init; }
    public DateTimeOffset? Timestamp { get; init; }
    public required string Raw { get; init; }
}
