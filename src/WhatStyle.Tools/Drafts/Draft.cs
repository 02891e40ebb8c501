namespace WhatStyle.Tools.Drafts;

/// <summary>A reply waiting for the owner's decision, or one the owner already decided on.</summary>
/// <remarks>
/// Drafts are written by the WhatsApp bridge (contacts in <c>draft</c> mode) and by the agent's retry queue, and
/// decided with <c>whatstyle drafts approve|reject</c>. The bridge sends approved drafts and marks them sent.
/// </remarks>
public sealed record Draft
{
    /// <summary>Stable id; writers derive it from what they answer so that writing twice stores one draft.</summary>
    public required string Id { get; init; }

    /// <summary>Who the reply is for: the sender's WhatsApp id, number or name.</summary>
    public required string Contact { get; init; }

    /// <summary>Where the reply goes: the recipient's WhatsApp id, or the group id for group chats.</summary>
    public required string Chat { get; init; }

    /// <summary>The group id when the conversation is a group, else null.</summary>
    public string? Group { get; init; }

    /// <summary>The message being answered (quoted in groups), if any.</summary>
    public string? InReplyTo { get; init; }

    /// <summary>What the contact wrote (untrusted text, shown to the owner for context).</summary>
    public string IncomingText { get; init; } = "";

    /// <summary>The proposed reply.</summary>
    public required string Text { get; init; }

    /// <summary>A sticker file to send after the text, or null.</summary>
    public string? StickerPath { get; init; }

    /// <summary>Who wrote the draft: "bridge" or "agent".</summary>
    public string Source { get; init; } = "bridge";

    /// <summary>The provider that wrote the text (mistral, openai, ollama, offline).</summary>
    public string? Provider { get; init; }

    /// <summary>
    /// Set when the incoming message may be a crisis ("likely self-harm", "possible danger"…): the reply was held for the
    /// owner instead of sent, whatever the contact's mode. Null for an ordinary draft.
    /// </summary>
    public string? Crisis { get; init; }

    public DraftStatus Status { get; init; } = DraftStatus.Pending;

    /// <summary>True when the owner approved it with their own text instead of the proposed one.</summary>
    public bool Edited { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the status last changed.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }
}
