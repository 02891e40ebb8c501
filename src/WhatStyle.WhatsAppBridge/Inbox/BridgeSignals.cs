namespace WhatStyle.WhatsAppBridge.Inbox;

/// <summary>The wake-up signals of the three background workers.</summary>
internal sealed class BridgeSignals
{
    /// <summary>New bodies in the inbox.</summary>
    public WorkSignal Inbox { get; } = new();

    /// <summary>New pending messages in some chat.</summary>
    public WorkSignal Chats { get; } = new();

    /// <summary>New items in the outbox.</summary>
    public WorkSignal Outbox { get; } = new();
}
