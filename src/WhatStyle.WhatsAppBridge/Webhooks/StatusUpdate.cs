namespace WhatStyle.WhatsAppBridge.Webhooks;

/// <summary>One entry of <c>value.statuses[]</c>: the delivery state of a message the bridge sent.</summary>
internal sealed record StatusUpdate(
    string MessageId,
    string Status,
    string? RecipientId,
    DateTimeOffset? Timestamp,
    string? CallbackData,
    int? ErrorCode);
