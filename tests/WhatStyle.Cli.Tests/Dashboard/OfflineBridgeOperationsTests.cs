using WhatStyle.Agent.Providers;
using WhatStyle.Cli.Dashboard;
using WhatStyle.Dashboard.Bridge;
using WhatStyle.Tools.Storage;

namespace WhatStyle.Cli.Tests.Dashboard;

public sealed class OfflineBridgeOperationsTests : IDisposable
{
    private readonly string _dataDir = Directory.CreateTempSubdirectory("whatstyle-cli-offline-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NoBridgeRunning_IsNotLive_HasNoDeadLetters_AndSaysWhyAnUnknownOneIsNotChanged()
    {
        var operations = new OfflineBridgeOperations(_dataDir, new NoProviders());

        var live = operations.IsLive;
        var channel = await operations.ChannelAsync(Ct);
        var letters = await operations.DeadLettersAsync(Ct);
        var outcome = await operations.ActOnDeadLetterAsync("out-1", DeadLetterAction.Dismiss, Ct);

        Assert.False(live);
        Assert.Equal("none", channel.Channel);
        Assert.Contains("No bridge is running", channel.Note, StringComparison.Ordinal);
        Assert.Empty(letters);
        Assert.Contains("No dead letter with id 'out-1'", outcome, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BridgeHoldsTheLock_IsLive()
    {
        using var bridge = BridgeLockFile.TryAcquire(_dataDir);
        var operations = new OfflineBridgeOperations(_dataDir, new NoProviders());

        Assert.NotNull(bridge);
        Assert.True(operations.IsLive);
        Assert.Contains("A bridge is running", (await operations.ChannelAsync(Ct)).Note, StringComparison.Ordinal);
    }

    [Fact]
    public void IsLive_AskedAgainWithinASecond_LooksAtTheLockOnce_ThenAgain()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        var operations = new OfflineBridgeOperations(_dataDir, new NoProviders(), time);

        var before = operations.IsLive;
        using var bridge = BridgeLockFile.TryAcquire(_dataDir);
        var samePage = operations.IsLive;
        time.Advance(OfflineBridgeOperations.LiveFor);
        var nextPage = operations.IsLive;

        Assert.NotNull(bridge);
        Assert.Equal((false, false, true), (before, samePage, nextPage));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dataDir, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }

    private sealed class NoProviders : IProviderChainStatus
    {
        public Task<IReadOnlyList<ProviderStatus>> GetStatusAsync(CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<ProviderStatus>>([]);
    }
}
