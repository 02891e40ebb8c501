namespace WhatStyle.WhatsAppBridge.Webhooks;

/// <summary>Everything one webhook body carried, across all its entries and changes.</summary>
internal sealed record WebhookBatch(
    IReadOnlyList<InboundMessage> Messages,
    IReadOnlyList<StatusUpdate> Statuses,
    IReadOnlyList<WebhookEvent> Events);
