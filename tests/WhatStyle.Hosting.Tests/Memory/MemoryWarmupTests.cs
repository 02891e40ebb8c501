using Microsoft.Extensions.Logging.Abstractions;
using WhatStyle.Hosting.Memory;
using WhatStyle.Tools.Memory;

namespace WhatStyle.Hosting.Tests.Memory;

/// <summary>A host reads memory ahead once at start, and outlives a failure to.</summary>
public sealed class MemoryWarmupTests
{
    [Fact]
    public async Task StartAsync_Memory_IsPreparedOnceInTheBackground()
    {
        var memory = new PreparingMemory();
        using var warmup = new MemoryWarmup(memory, TimeProvider.System, NullLogger<MemoryWarmup>.Instance);

        await warmup.StartAsync(TestContext.Current.CancellationToken);
        await warmup.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        Assert.Equal(1, memory.Prepared);
    }

    [Fact]
    public async Task StartAsync_PrepareThrows_TheHostCarriesOn()
    {
        var memory = new PreparingMemory { Throw = new IOException("disk gone") };
        using var warmup = new MemoryWarmup(memory, TimeProvider.System, NullLogger<MemoryWarmup>.Instance);

        await warmup.StartAsync(TestContext.Current.CancellationToken);
        await warmup.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        Assert.True(warmup.ExecuteTask.IsCompletedSuccessfully);
        Assert.Equal(1, memory.Prepared);
    }

    private sealed class PreparingMemory : IConversationMemory
    {
        public int Prepared { get; private set; }

        public Exception? Throw { get; init; }

        public Task PrepareAsync(CancellationToken cancellationToken = default)
        {
            Prepared++;
            return Throw is null ? Task.CompletedTask : Task.FromException(Throw);
        }

        public Task RecordAsync(ConversationMessage message, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<ConversationContext> GetContextAsync(string contactId, int limit = 20, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<IReadOnlyList<ConversationMessage>> RecentBeforeAsync(string contactOrGroupId, int limit, DateTimeOffset before, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<IReadOnlyList<SimilarExchange>> FindSimilarExchangesAsync(string contactId, string text, int limit = 3, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();
    }
}
