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

    /// <summary>The conversation to answer in, when the channel names it apart from the sender (personal channels: the chat's JID).</summary>
    public string? Chat { get; init; }

    /// <summary>Written from the owner's own account (personal channels): the owner typing, or the bridge's own send coming back.</summary>
    public bool FromMe { get; init; }

    /// <summary>The engine says the message was sent through its API (WAHA <c>source: api</c>), not typed on a phone.</summary>
    public bool SentThroughApi { get; init; }

    /// <summary>Set by the inbox processor: a fromMe message recognised as one of the bridge's own sends.</summary>
    public bool IsEcho { get; init; }

    /// <summary>In a group: the owner is @mentioned or quoted. Channels that cannot tell (the Cloud API) say true.</summary>
    public bool AddressesOwner { get; init; } = true;
}
