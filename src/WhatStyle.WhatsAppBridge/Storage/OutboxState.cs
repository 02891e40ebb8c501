namespace WhatStyle.WhatsAppBridge.Storage;

/// <summary>Where an outgoing message is. See docs/bridge.md, "Exactly once".</summary>
internal enum OutboxState
{
    /// <summary>Waiting to be sent (or to be retried at NextAttemptAtMs).</summary>
    Pending,

    /// <summary>Recorded just before the HTTP request; if the process dies now, the outcome is unknown.</summary>
    Sending,

    /// <summary>Found in Sending after a restart: waits for a status webhook naming it, then is sent again.</summary>
    Unconfirmed,

    /// <summary>Accepted by WhatsApp (wamid known).</summary>
    Sent,

    /// <summary>Given up: not retryable, or out of attempts. Visible at GET /admin/dead-letters and <c>whatstyle deadletters list</c>.</summary>
    DeadLetter,

    /// <summary>A dead letter the owner dismissed (<c>whatstyle deadletters dismiss</c>): never sent.</summary>
    Dismissed,
}
