using WhatStyle.WhatsAppBridge.Storage;

namespace WhatStyle.WhatsAppBridge.Channels;

/// <summary>
/// What one WhatsApp channel does on the way out. Everything else (inbox, dedupe, burst windows, modes, drafts, poison
/// handling, retention, exactly-once) is shared; the channel only turns an outbox item into its own request and its
/// answer into a <see cref="ChannelSendResult"/> for the shared <see cref="Sending.SendPolicy"/>.
/// </summary>
internal interface IChannelSender
{
    /// <summary>A personal account (WAHA, Evolution): human pacing applies and the owner's own messages come back.</summary>
    bool IsPersonal { get; }

    /// <summary>Sends one text or sticker. Never retries: the outbox decides, since only it knows whether a repeat could duplicate.</summary>
    Task<ChannelSendResult> SendAsync(OutboxItem item, CancellationToken cancellationToken);

    /// <summary>Best effort: marks <paramref name="message"/> read, with the typing indicator when the channel shows it that way.</summary>
    Task<ChannelSendResult> MarkReadAsync(MessageRecord message, bool typing, CancellationToken cancellationToken);

    /// <summary>Best effort: reacts to a message with an emoji (empty removes the reaction).</summary>
    Task<ChannelSendResult> ReactAsync(string chat, string messageId, string emoji, CancellationToken cancellationToken);
}
