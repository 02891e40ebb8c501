namespace WhatStyle.WhatsAppBridge.Sending;

/// <summary>Whose fault a failed send is; decides whether it spends the message's attempts (see <see cref="SendPolicy"/>).</summary>
internal enum SendFailureKind
{
    /// <summary>The channel is unavailable or throttled (HTTP 429/5xx, network, throughput codes): never the message's fault.</summary>
    Outage,

    /// <summary>Too many messages to this recipient (WhatsApp 131056): only this recipient waits, and no attempt is spent.</summary>
    RecipientRate,

    /// <summary>The request itself was refused (window closed, undeliverable, bad parameter): the same request fails again.</summary>
    Rejected,

    /// <summary>The credentials were refused (token expired): all sending stops until an operator acts.</summary>
    Unauthorized,

    /// <summary>An unexpected failure of this send (an exception): retried with backoff, spending attempts.</summary>
    Fault,
}
