namespace WhatStyle.Tools.Memory;

/// <summary>A contact's message (or run of messages) and the owner's reply, with the embedding of the incoming text.</summary>
/// <param name="Id">Derived from the incoming message's id, so re-importing finds the same exchange.</param>
/// <param name="ConversationKey">See <see cref="ConversationKeys"/>.</param>
/// <param name="Incoming">What the contact wrote.</param>
/// <param name="Reply">What the owner answered.</param>
/// <param name="Timestamp">When the owner answered.</param>
/// <param name="Vector">L2-normalised embedding of <paramref name="Incoming"/>.</param>
/// <param name="Model">Which embedding model made <paramref name="Vector"/>; vectors from another model are re-made before comparing.</param>
public sealed record StoredExchange(
    string Id,
    string ConversationKey,
    string Incoming,
    string Reply,
    DateTimeOffset Timestamp,
    ReadOnlyMemory<float> Vector,
    string Model)
{
    /// <summary>
    /// True when <see cref="Vector"/> is the meaning <paramref name="model"/> gives, of its length; otherwise the exchange
    /// waits for the background embedding and is compared by wording meanwhile.
    /// </summary>
    public bool HasVectorOf(string model, int dimensions) => Model == model && Vector.Length == dimensions;
}
