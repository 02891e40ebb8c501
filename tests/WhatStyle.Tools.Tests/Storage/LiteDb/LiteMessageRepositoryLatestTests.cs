using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Tools.Memory;

namespace WhatStyle.Tools.Tests.Storage.LiteDb;

public sealed class LiteMessageRepositoryLatestTests : IDisposable
{
    private readonly string _dataDir = Directory.CreateTempSubdirectory("whatstyle-latest-").FullName;
    private readonly ServiceProvider _services;

    public LiteMessageRepositoryLatestTests()
    {
        var services = new ServiceCollection();
        services.AddWhatStyleTools(new ConfigurationBuilder().Build(), _dataDir);
        _services = services.BuildServiceProvider();
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task LatestAsync_ManyConversations_TheNewestOfEach_NoneForAnEmptyOne()
    {
        var repository = _services.GetRequiredService<IMessageRepository>();
        var start = new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.Zero);
        await repository.AddNewAsync(
        [
            new("a1", "ct_a", null, MessageDirection.Incoming, "first", start),
            new("a2", "ct_a", null, MessageDirection.Outgoing, "newest of a", start.AddMinutes(5), WrittenByWhatStyle: true),
            new("b1", "ct_b", null, MessageDirection.Incoming, "only b", start.AddMinutes(1)),
            new("a0", "ct_a", null, MessageDirection.Incoming, "older", start.AddMinutes(-5)),
        ], [], Ct);

        var latest = await repository.LatestAsync([ConversationKeys.ForContact("ct_a"), ConversationKeys.ForContact("ct_b"), ConversationKeys.ForContact("ct_c")], Ct);

        Assert.Equal(2, latest.Count);
        Assert.Equal(("newest of a", true), (latest["c:ct_a"].Text, latest["c:ct_a"].WrittenByWhatStyle));
        Assert.Equal("only b", latest["c:ct_b"].Text);
    }

    public void Dispose()
    {
        _services.Dispose();
        Directory.Delete(_dataDir, recursive: true);
    }
}
