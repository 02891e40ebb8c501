namespace WhatStyle.Tools.Memory;

/// <summary>Conversation history per contact: recording, recent context and retrieval of the owner's past replies.</summary>
public interface IConversationMemory
{
    /// <summary>Stores a message (idempotent by <see cref="ConversationMessage.Id"/>) and, for outgoing ones, updates the contact's style fingerprint.</summary>
    Task RecordAsync(ConversationMessage message, CancellationToken cancellationToken = default);

    /// <summary>Recent messages, the rolling summary and the tone trend of one contact's conversation.</summary>
    Task<ConversationContext> GetContextAsync(string contactId, int limit = 20, CancellationToken cancellationToken = default);

    /// <summary>
    /// The newest <paramref name="limit"/> messages of a contact's or group's conversation written strictly before
    /// <paramref name="before"/>, oldest first: the history as it was when a message already recorded arrived.
    /// </summary>
    Task<IReadOnlyList<ConversationMessage>> RecentBeforeAsync(string contactOrGroupId, int limit, DateTimeOffset before, CancellationToken cancellationToken = default);

    /// <summary>
    /// The owner's past replies to messages like <paramref name="text"/>, best first: from this contact's conversation, and
    /// only when none of those is a good match, the owner's own short replies to other contacts that carry nothing of
    /// them (<see cref="SimilarExchange.Global"/>, reply only; <c>Memory:GlobalFallback</c>).
    /// </summary>
    Task<IReadOnlyList<SimilarExchange>> FindSimilarExchangesAsync(string contactId, string text, int limit = 3, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads ahead what the process's first search would otherwise wait for: the global fallback's pool of the owner's
    /// short replies (a second or more at 100,000 exchanges). Hosts that keep running call it at start
    /// (<c>Hosting/Memory/MemoryWarmup</c>); the default does nothing.
    /// </summary>
    Task PrepareAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <summary>
    /// Stores many messages at once (an import): idempotent by id, in time order, learning style only from messages
    /// not stored before. Returns how many were new. The default records one by one.
    /// </summary>
    async Task<int> RecordManyAsync(IReadOnlyList<ConversationMessage> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        foreach (var message in messages.OrderBy(m => m.Timestamp))
        {
            await RecordAsync(message, cancellationToken);
        }

        return messages.Count;
    }
}
