using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.Platform;

namespace WhatStyle.Hosting.Memory;

/// <summary>
/// Embeds imported history by meaning in a host that keeps running (the bridge, the MCP server): a pass at start,
/// then one every <c>Memory:BackgroundEmbeddingInterval</c> for history imported meanwhile. It runs on its own thread at
/// background OS priority, so requests and replies get the cores first; each batch is stored before the next, so a
/// restart resumes where it stopped. Switched off with <c>Memory:BackgroundEmbedding=false</c>.
/// </summary>
internal sealed class BackgroundEmbedding(
    IEmbeddingBacklog backlog,
    IOptionsMonitor<MemoryOptions> options,
    TimeProvider time,
    ILogger<BackgroundEmbedding> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.CurrentValue.BackgroundEmbedding)
        {
            return;
        }

        await BackgroundTaskScheduler.RunAsync("whatstyle-embedding", () => LoopAsync(stoppingToken));
    }

    private async Task LoopAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting before the first pass takes a core.
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var started = time.GetTimestamp();
                var embedded = await backlog.EmbedPendingAsync(cancellationToken: stoppingToken);
                if (embedded > 0)
                {
                    logger.LogInformation("Embedded {Exchanges} exchanges of imported history by meaning in {Seconds:0.0} s.", embedded, time.GetElapsedTime(started).TotalSeconds);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A failed pass is logged and tried again; the host must outlive it.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                // The type only: a message could carry message text.
                logger.LogError("Background embedding failed ({Error}); it tries again later.", ex.GetType().Name);
            }

            try
            {
                await Task.Delay(options.CurrentValue.BackgroundEmbeddingInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
