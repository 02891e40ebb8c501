namespace WhatStyle.Tools.Memory;

/// <summary>An earlier incoming message like the one at hand, and the owner's reply to it.</summary>
/// <param name="Incoming">What the contact wrote; empty for a <paramref name="Global"/> reply (another contact's message is never shown).</param>
/// <param name="Reply">What the owner answered.</param>
/// <param name="Timestamp">When the owner answered.</param>
/// <param name="Similarity">Cosine similarity of the incoming message to the query, 0..1.</param>
/// <param name="Global">
/// The owner's short reply to someone else, offered only because this contact's own memory had no good match: it carries
/// no name, number, date or place, and nothing of whom it was written to.
/// </param>
public sealed record SimilarExchange(string Incoming, string Reply, DateTimeOffset Timestamp, double Similarity, bool Global = false);
