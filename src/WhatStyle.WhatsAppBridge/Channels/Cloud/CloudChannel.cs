using WhatStyle.WhatsAppBridge.Sending;
using WhatStyle.WhatsAppBridge.Storage;
using WhatStyle.WhatsAppBridge.Webhooks;

namespace WhatStyle.WhatsAppBridge.Channels.Cloud;

/// <summary>
/// The WhatsApp Business Cloud API as a channel: the Graph API client, the sticker media cache and Meta's error codes
/// (<see cref="GraphErrorPolicy"/>). Its webhook endpoint is <see cref="WebhookApi"/> at <c>/webhook</c>.
/// </summary>
internal sealed class CloudChannel(GraphApiClient graph, MediaCache media) : IChannelSender, IWebhookParser
{
    public bool IsPersonal => false;

    public WebhookBatch Parse(ReadOnlySpan<byte> body) => WebhookParser.Parse(body);

    public async Task<ChannelSendResult> SendAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        string? mediaId = null;
        if (item.Kind == "sticker")
        {
            var upload = await media.GetOrUploadAsync(item.StickerPath ?? "", cancellationToken);
            if (!upload.Success)
            {
                return ChannelSendResult.Failed(GraphErrorPolicy.Classify(upload));
            }

            mediaId = upload.Id;
        }

        return Map(await graph.SendAsync(item, mediaId, cancellationToken));
    }

    public async Task<ChannelSendResult> MarkReadAsync(MessageRecord message, bool typing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Map(await graph.MarkReadAsync(message.Id, typing, cancellationToken));
    }

    // Cloud API reactions are a message type the bridge does not send yet; no outbox item asks for one.
    public Task<ChannelSendResult> ReactAsync(string chat, string messageId, string emoji, CancellationToken cancellationToken) =>
        Task.FromResult(ChannelSendResult.Failed(new SendFailure(SendFailureKind.Rejected, "unsupported", "reactions are not sent on the Cloud API channel")));

    private static ChannelSendResult Map(GraphApiResult result) =>
        result.Success ? ChannelSendResult.Ok(result.Id) : ChannelSendResult.Failed(GraphErrorPolicy.Classify(result));
}
