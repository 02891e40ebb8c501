namespace WhatStyle.WhatsAppBridge.Storage;

/// <summary>What became of an incoming message.</summary>
internal enum MessageState
{
    /// <summary>Waiting for its chat's reply.</summary>
    Pending,

    /// <summary>A reply was queued in the outbox.</summary>
    Answered,

    /// <summary>A reply was stored as a draft for the owner.</summary>
    Drafted,

    /// <summary>Stored only: not answerable (type, age, mode off, deny list, revoked…); see the skip reason.</summary>
    Stored,

    /// <summary>Its chat's reply failed every attempt (the agent or storage threw each time); see the note. Kept, never answered unless retried.</summary>
    DeadLetter,
}
