namespace WhatStyle.Tools.Memory;

/// <summary>Storage of messages and of the (incoming, owner reply) exchanges found in them. Each method is atomic.</summary>
public interface IMessageRepository
{
    /// <summary>The ids of those <paramref name="messages"/> that are already stored.</summary>
    Task<IReadOnlySet<string>> FindExistingAsync(IReadOnlyList<ConversationMessage> messages, CancellationToken cancellationToken = default);

    /// <summary>
    /// In one atomic step: stores the messages whose ids are not stored yet and inserts or replaces
    /// <paramref name="exchanges"/> by id. Returns the messages actually stored, in input order.
    /// </summary>
    Task<IReadOnlyList<ConversationMessage>> AddNewAsync(IReadOnlyList<ConversationMessage> messages, IReadOnlyList<StoredExchange> exchanges, CancellationToken cancellationToken = default);

    /// <summary>The newest <paramref name="limit"/> messages of a conversation strictly before <paramref name="before"/> (or all), oldest first.</summary>
    Task<IReadOnlyList<ConversationMessage>> RecentAsync(string conversationKey, int limit, DateTimeOffset? before = null, CancellationToken cancellationToken = default);

    Task<int> CountAsync(string conversationKey, CancellationToken cancellationToken = default);

    /// <summary>Messages of a conversation whose text contains <paramref name="text"/> (case-insensitive), newest first.</summary>
    Task<IReadOnlyList<ConversationMessage>> SearchAsync(string conversationKey, string text, int limit, CancellationToken cancellationToken = default);

    /// <summary>Inserts or replaces exchanges by id.</summary>
    Task SaveExchangesAsync(IReadOnlyList<StoredExchange> exchanges, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<StoredExchange>> ExchangesAsync(string conversationKey, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every conversation's exchanges whose stored reply is at most <paramref name="maxReplyLength"/> characters, in one
    /// read (the global fallback's pool; a store reads them in one pass instead of one query per chat).
    /// </summary>
    async Task<IReadOnlyList<StoredExchange>> ShortRepliesAsync(int maxReplyLength, CancellationToken cancellationToken = default)
    {
        var found = new List<StoredExchange>();
        foreach (var conversation in await CountEmbeddedAsync("", cancellationToken).ConfigureAwait(false))
        {
            found.AddRange((await ExchangesAsync(conversation.ConversationKey, cancellationToken).ConfigureAwait(false)).Where(x => x.Reply.Length <= maxReplyLength));
        }

        return found;
    }

    /// <summary>Per conversation with exchanges: how many it holds and how many carry a vector made by <paramref name="model"/>.</summary>
    Task<IReadOnlyList<ConversationEmbeddings>> CountEmbeddedAsync(string model, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets the vector and model of the stored exchanges with these ids, each only while its stored incoming text is still
    /// the one embedded (a later write of the exchange wins); nothing else of the exchange is written. Returns how many were set.
    /// </summary>
    Task<int> UpdateVectorsAsync(IReadOnlyList<StoredExchange> exchanges, CancellationToken cancellationToken = default);

    /// <summary>
    /// The newest message of each of <paramref name="conversationKeys"/> (a conversation without messages is absent), read
    /// together: one storage transaction instead of one per conversation (the dashboard's inbox). The default asks one by one.
    /// </summary>
    async Task<IReadOnlyDictionary<string, ConversationMessage>> LatestAsync(IReadOnlyCollection<string> conversationKeys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationKeys);
        var latest = new Dictionary<string, ConversationMessage>(StringComparer.Ordinal);
        foreach (var key in conversationKeys)
        {
            if (await RecentAsync(key, 1, cancellationToken: cancellationToken) is [var newest])
            {
                latest[key] = newest;
            }
        }

        return latest;
    }
}
