namespace WhatStyle.Tools.Attention;

/// <summary>
/// An incoming message read as urgent (not a crisis: those are held as drafts), kept so the owner is alerted until the
/// conversation is answered. Names the sender as the bridge saw them, like a draft does; never the message's text.
/// </summary>
/// <param name="MessageId">The WhatsApp message id (the newest of a burst).</param>
/// <param name="Contact">The sender's WhatsApp id or number.</param>
/// <param name="Chat">Where a reply would go: the sender, or the group.</param>
/// <param name="Group">The group's WhatsApp id, or null for a one-to-one chat.</param>
/// <param name="At">When the message was written.</param>
public sealed record UrgentMessage(string MessageId, string Contact, string Chat, string? Group, DateTimeOffset At);
