using WhatStyle.Tools.Memory;

namespace WhatStyle.Mcp.Results;

/// <summary>Result of <c>record_message</c>: what was stored.</summary>
/// <param name="Id">Stable message id; recording the same message (contact, direction, timestamp, text) again yields the same id and stores nothing new.</param>
/// <param name="ContactId">The contact: who wrote it (incoming) or was answered (outgoing); in a group, the sender or the member answered.</param>
/// <param name="Direction">incoming (from the contact) or outgoing (from the owner).</param>
/// <param name="Timestamp">When it was written.</param>
/// <param name="GroupId">The group chat it was filed in; null for a one-to-one chat.</param>
public sealed record RecordedMessage(string Id, string ContactId, MessageDirection Direction, DateTimeOffset Timestamp, string? GroupId = null);
