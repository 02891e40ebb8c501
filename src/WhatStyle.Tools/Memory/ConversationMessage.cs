namespace WhatStyle.Tools.Memory;

/// <summary>Whether the owner received or sent a message.</summary>
public enum MessageDirection { Incoming, Outgoing }

/// <summary>One message in a conversation with a contact (or in a group, then <see cref="GroupId"/> is set).</summary>
/// <param name="Id">Stable id; importing or receiving the same message twice yields the same id.</param>
/// <param name="ContactId">The contact the conversation is with (for incoming group messages: the sender).</param>
/// <param name="GroupId">The group, when the message belongs to one.</param>
/// <param name="Direction">Incoming (from the contact) or outgoing (from the owner).</param>
/// <param name="Text">The message text, untrusted.</param>
/// <param name="Timestamp">When it was written.</param>
/// <param name="WrittenByWhatStyle">
/// True for an outgoing message a model or the offline responder wrote (sent on the owner's behalf): it is recorded
/// as what was said, but never teaches the owner's style, never pairs into an exchange for retrieval and so is never
/// reused as the owner's words. False for what the owner typed, and for drafts the owner approved or edited.
/// </param>
public sealed record ConversationMessage(
    string Id,
    string ContactId,
    string? GroupId,
    MessageDirection Direction,
    string Text,
    DateTimeOffset Timestamp,
    bool WrittenByWhatStyle = false);
