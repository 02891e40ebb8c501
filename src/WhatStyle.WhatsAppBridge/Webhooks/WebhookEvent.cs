namespace WhatStyle.WhatsAppBridge.Webhooks;

/// <summary>A part of a webhook that is neither a message nor a status (value-level errors, other fields, malformed parts).</summary>
internal sealed record WebhookEvent(string Kind, string Raw);
