using LiteDB;

namespace WhatStyle.WhatsAppBridge.Storage;

/// <summary>An incoming WhatsApp message, keyed by its wamid (the unique key that drops duplicate deliveries).</summary>
internal sealed class MessageRecord
{
    [BsonId]
    public string Id { get; set; } = "";

    /// <summary>The chat key: the group id for group messages, else the sender's id.</summary>
    public string Chat { get; set; } = "";

    /// <summary>Sender's wa_id (or BSUID when the number is hidden).</summary>
    public string From { get; set; } = "";
    public string? UserId { get; set; }
    public string? Group { get; set; }
    public string? SenderName { get; set; }
    public string PhoneNumberId { get; set; } = "";
    public string Type { get; set; } = "";

    /// <summary>What the agent sees: the text, caption or a short description such as "[voice message]".</summary>
    public string? Text { get; set; }

    /// <summary>The quoted message (context.id), if any.</summary>
    public string? ContextId { get; set; }

    /// <summary>The message as received, for types the bridge does not understand and for audits.</summary>
    public string Raw { get; set; } = "";
    public long TimestampMs { get; set; }
    public long ReceivedAtMs { get; set; }
    public MessageState State { get; set; }
    public string? Note { get; set; }
    public string? ReplyId { get; set; }

    /// <summary>Who wrote an outgoing message seen on a personal channel: <c>owner</c> (typed on the phone) or <c>whatstyle</c> (an echo of a bridge send); null for incoming ones.</summary>
    public string? Origin { get; set; }

    /// <summary>For the owner's own messages: already recorded in the conversation history (teaching the contact's style).</summary>
    public bool Learned
    {
        get => _learned;
        set
        {
            _learned = value;
            LearnQueue = !value && Origin == "owner" ? "owner" : null;
        }
    }

    /// <summary>"owner" while an owner's message waits to be learned, else null: indexed, so the learner never scans all messages.</summary>
    public string? LearnQueue { get; set; }

    private bool _learned;

    /// <summary>Failed attempts to answer this message; at <c>Bridge:PoisonMaxAttempts</c> it becomes a dead letter.</summary>
    public int Attempts { get; set; }
}
