namespace WhatStyle.WhatsAppBridge.Sending;

/// <summary>
/// A failed send, as any channel (the WhatsApp Cloud API today, WAHA or Evolution later) reports it to the shared
/// <see cref="SendPolicy"/>: the channel maps its own codes to a <see cref="SendFailureKind"/>.
/// </summary>
/// <param name="Kind">Whose fault it is.</param>
/// <param name="Code">The channel's error code or a short name (<c>http503</c>, <c>network</c>), for reasons and metrics.</param>
/// <param name="Error">What the channel said, secret-free.</param>
/// <param name="RetryAfter">The channel's own advice (HTTP <c>Retry-After</c>), when it gave one.</param>
/// <param name="ErrorCode">The numeric code, when there is one (stored with the item).</param>
internal sealed record SendFailure(SendFailureKind Kind, string Code, string Error, TimeSpan? RetryAfter = null, int? ErrorCode = null);
