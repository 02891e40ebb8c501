namespace WhatStyle.Tools.Events;

// Each event's data (docs/events.md). Ids and counts, never message text: a bus reaches more readers than the store,
// and subscribers that need the text read it from the store, behind its access rules.

/// <summary><c>message_received</c>: a contact's message stored by the bridge (duplicates are not events).</summary>
public sealed record MessageReceivedData(string MessageId, string Chat, string From, string? Group, string Type, int TextLength, bool FromOwner, DateTimeOffset SentAt);

/// <summary><c>message_sent</c>: WhatsApp accepted an outgoing message.</summary>
public sealed record MessageSentData(string OutboxId, string? Wamid, string To, string Kind, int Attempts);

/// <summary><c>message_failed</c>: an outgoing message was given up (dead-lettered); the owner may retry it.</summary>
public sealed record MessageFailedData(string OutboxId, string To, string Kind, int Attempts, int? ErrorCode, string Error);

/// <summary><c>tone_analyzed</c>: a message's tone reading was stored.</summary>
public sealed record ToneAnalyzedData(string MessageId, double Sentiment, string Emotion);

/// <summary><c>profile_updated</c>: a contact's stored profile changed (settings, learned style, names or numbers).</summary>
public sealed record ProfileUpdatedData(string ContactId);

/// <summary><c>draft_created</c>: a reply draft now waits for the owner.</summary>
public sealed record DraftCreatedData(string DraftId, string Contact, string Chat, string? Group, string Source, DateTimeOffset CreatedAt);
