using WhatStyle.WhatsAppBridge.Sending;

namespace WhatStyle.WhatsAppBridge.Channels;

/// <summary>What a channel answered to one request: the sent message's id, or a failure mapped for the shared send policy.</summary>
internal sealed record ChannelSendResult(string? Id, SendFailure? Failure)
{
    public bool Success => Failure is null;

    public static ChannelSendResult Ok(string? id) => new(id, null);

    public static ChannelSendResult Failed(SendFailure failure) => new(null, failure);
}
