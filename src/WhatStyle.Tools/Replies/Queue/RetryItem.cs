namespace WhatStyle.Tools.Replies.Queue;

/// <summary>Where a queued reply stands.</summary>
public enum RetryStatus { Pending, Done }

/// <summary>A message answered offline because a provider failed, waiting for a model to write the better reply.</summary>
public sealed class RetryItem
{
    /// <summary>Stable id (a GUID string).</summary>
    public string Id { get; set; } = Guid.NewGuid().ToString("N");

    /// <summary>The contact's id (resolved when the message arrived).</summary>
    public string ContactId { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;

    public string? Group { get; set; }

    public List<string> GroupMembers { get; set; } = [];

    public string? MessageId { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>The offline reply that was given at the time.</summary>
    public string OfflineReply { get; set; } = string.Empty;

    /// <summary>Why the chain failed (secret-free).</summary>
    public string Reason { get; set; } = string.Empty;

    /// <summary>Set when the message may be a crisis ("likely danger"): the regenerated reply is a draft for the owner only, never a learning sample.</summary>
    public string? Crisis { get; set; }

    public DateTimeOffset EnqueuedAt { get; set; }

    public int Attempts { get; set; }

    public RetryStatus Status { get; set; } = RetryStatus.Pending;

    /// <summary>The model's reply, once regenerated: kept as a draft for the owner and as a learning sample.</summary>
    public string? Draft { get; set; }

    public string? DraftProvider { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public string? LastError { get; set; }
}
