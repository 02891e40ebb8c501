using WhatStyle.Tools.Memory;

namespace WhatStyle.Tools.Tests.Support;

internal sealed class CountingMessageRepository(IMessageRepository inner, RepositoryCallCounts counts) : IMessageRepository
{
    public Task<IReadOnlySet<string>> FindExistingAsync(IReadOnlyList<ConversationMessage> messages, CancellationToken cancellationToken = default) =>
        inner.FindExistingAsync(messages, cancellationToken);

    public Task<IReadOnlyList<ConversationMessage>> AddNewAsync(IReadOnlyList<ConversationMessage> messages, IReadOnlyList<StoredExchange> exchanges, CancellationToken cancellationToken = default) =>
        inner.AddNewAsync(messages, exchanges, cancellationToken);

    public Task<IReadOnlyList<ConversationMessage>> RecentAsync(string conversationKey, int limit, DateTimeOffset? before = null, CancellationToken cancellationToken = default)
    {
        counts.Count(nameof(RecentAsync) + ":" + conversationKey);
        return inner.RecentAsync(conversationKey, limit, before, cancellationToken);
    }

    public Task<int> CountAsync(string conversationKey, CancellationToken cancellationToken = default)
    {
        counts.Count(nameof(CountAsync));
        return inner.CountAsync(conversationKey, cancellationToken);
    }

    public Task<IReadOnlyList<ConversationMessage>> SearchAsync(string conversationKey, string text, int limit, CancellationToken cancellationToken = default) =>
        inner.SearchAsync(conversationKey, text, limit, cancellationToken);

    public Task SaveExchangesAsync(IReadOnlyList<StoredExchange> exchanges, CancellationToken cancellationToken = default) =>
        inner.SaveExchangesAsync(exchanges, cancellationToken);

    public Task<IReadOnlyList<StoredExchange>> ExchangesAsync(string conversationKey, CancellationToken cancellationToken = default)
    {
        counts.Count(nameof(ExchangesAsync) + ":" + conversationKey);
        return inner.ExchangesAsync(conversationKey, cancellationToken);
    }

    public Task<IReadOnlyList<ConversationEmbeddings>> CountEmbeddedAsync(string model, CancellationToken cancellationToken = default) =>
        inner.CountEmbeddedAsync(model, cancellationToken);

    public Task<int> UpdateVectorsAsync(IReadOnlyList<StoredExchange> exchanges, CancellationToken cancellationToken = default) =>
        inner.UpdateVectorsAsync(exchanges, cancellationToken);
}
