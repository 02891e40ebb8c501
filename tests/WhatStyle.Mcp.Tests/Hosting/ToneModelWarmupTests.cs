using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using WhatStyle.McpHost.Hosting;
using WhatStyle.Mcp.Tests.Support;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Mcp.Tests.Hosting;

public sealed class ToneModelWarmupTests
{
    [Fact]
    public async Task Start_AnalyzerRegistered_AnalyzesOnceInTheBackground()
    {
        var tone = new FakeToneAnalyzer();
        await using var services = new ServiceCollection().AddSingleton<IToneAnalyzer>(tone).BuildServiceProvider();
        using var warmup = new ToneModelWarmup(services, NullLogger<ToneModelWarmup>.Instance);

        await warmup.StartAsync(TestContext.Current.CancellationToken);
        await warmup.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.Equal(1, tone.Calls);
    }

    [Fact]
    public async Task Start_AnalyzerThrows_DoesNotFailTheHost()
    {
        var tone = new FakeToneAnalyzer { ThrowOnAnalyze = new InvalidOperationException("model missing") };
        await using var services = new ServiceCollection().AddSingleton<IToneAnalyzer>(tone).BuildServiceProvider();
        using var warmup = new ToneModelWarmup(services, NullLogger<ToneModelWarmup>.Instance);

        await warmup.StartAsync(TestContext.Current.CancellationToken);
        await warmup.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.True(warmup.ExecuteTask.IsCompletedSuccessfully);
    }
}
