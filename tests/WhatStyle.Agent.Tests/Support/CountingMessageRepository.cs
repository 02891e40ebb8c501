using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Tools.Memory;

namespace WhatStyle.Agent.Tests.Support;

/// <summary>
/// The registered message store, counting <see cref="CountAsync"/> per conversation: memory calls it once per
/// conversation-context build, so the count is the number of builds.
/// </summary>
internal sealed class CountingMessageRepository(IMessageRepository inner) : IMessageRepository
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    /// <summary>Replaces the registered <see cref="IMessageRepository"/> with a counting decorator of it.</summary>
    public static Action<IServiceCollection> Decorate(Action<CountingMessageRepository> created) => services =>
    {
        var registered = services.Last(d => d.ServiceType == typeof(IMessageRepository));
        services.AddSingleton<IMessageRepository>(sp =>
        {
            var counting = new CountingMessageRepository((IMessageRepository)(registered.ImplementationFactory?.Invoke(sp)
                ?? registered.ImplementationInstance
                ?? ActivatorUtilities.CreateInstance(sp, registered.ImplementationType!)));
            created(counting);
            return counting;
        });
    };

    public int ContextBuilds(string conversationKey)
    {
        lock (_counts)
        {
            return _counts.GetValueOrDefault(conversationKey);
        }
    }

    public Task<int> CountAsync(string conversationKey, CancellationToken cancellationToken = default)
    {
        lock (_counts)
        {
            _counts[conversationKey] = _counts.GetValueOrDefault(conversationKey) + 1;
        }

        return inner.CountAsync(conversationKey, cancellationToken);
    }

    public Task<IReadOnlySet<string>> FindExistingAsync(IReadOnlyList<ConversationMessage> messages, CancellationToken cancellationToken = default) =>
        inner.FindExistingAsync(messages, cancellationToken);

    public Task<IReadOnlyList<ConversationMessage>> AddNewAsync(IReadOnlyList<ConversationMessage> messages, IReadOnlyList<StoredExchange> exchanges, CancellationToken cancellationToken = default) =>
        inner.AddNewAsync(messages, exchanges, cancellationToken);

    public Task<IReadOnlyList<ConversationMessage>> RecentAsync(string conversationKey, int limit, DateTimeOffset? before = null, CancellationToken cancellationToken = default) =>
        inner.RecentAsync(conversationKey, limit, before, cancellationToken);

    public Task<IReadOnlyList<ConversationMessage>> SearchAsync(string conversationKey, string text, int limit, CancellationToken cancellationToken = default) =>
        inner.SearchAsync(conversationKey, text, limit, cancellationToken);

    public Task SaveExchangesAsync(IReadOnlyList<StoredExchange> exchanges, CancellationToken cancellationToken = default) =>
        inner.SaveExchangesAsync(exchanges, cancellationToken);

    public Task<IReadOnlyList<StoredExchange>> ExchangesAsync(string conversationKey, CancellationToken cancellationToken = default) =>
        inner.ExchangesAsync(conversationKey, cancellationToken);

    public Task<IReadOnlyList<ConversationEmbeddings>> CountEmbeddedAsync(string model, CancellationToken cancellationToken = default) =>
        inner.CountEmbeddedAsync(model, cancellationToken);

    public Task<int> UpdateVectorsAsync(IReadOnlyList<StoredExchange> exchanges, CancellationToken cancellationToken = default) =>
        inner.UpdateVectorsAsync(exchanges, cancellationToken);
}
