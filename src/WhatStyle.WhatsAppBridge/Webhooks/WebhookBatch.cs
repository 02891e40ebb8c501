namespace WhatStyle.WhatsAppBridge.Webhooks;

/// <summary>Everything one webhook body carried, across all its entries and changes.</summary>
internal sealed record WebhookBatch(
    IReadOnlyList<InboundMessage> Messages,
    IReadOnlyList<StatusUpdate> Statuses,
    IReadOnlyList<WebhookEvent> Events)
{
    /// <summary>The session's state, when the body reported it (WAHA <c>session.status</c>, Evolution <c>connection.update</c>).</summary>
    public string? SessionStatus { get; init; }
}
