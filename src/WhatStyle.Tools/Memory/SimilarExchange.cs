namespace WhatStyle.Tools.Memory;

/// <summary>An earlier incoming message like the one at hand, and the owner's reply to it.</summary>
/// <param name="Incoming">What the contact wrote.</param>
/// <param name="Reply">What the owner answered.</param>
/// <param name="Timestamp">When the owner answered.</param>
/// <param name="Similarity">Cosine similarity of the incoming message to the query, 0..1.</param>
public sealed record SimilarExchange(string Incoming, string Reply, DateTimeOffset Timestamp, double Similarity);
