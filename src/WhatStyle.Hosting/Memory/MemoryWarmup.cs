using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.Platform;

namespace WhatStyle.Hosting.Memory;

/// <summary>
/// Reads ahead, at a host's start, what the first search of conversation memory would otherwise wait for (the global
/// fallback's pool: 1.5 s at 100,000 exchanges, docs/contacts.md), so the first newcomer's reply does not. On its own
/// thread at background OS priority, like the background embedding; a failure is logged and the first search reads it
/// instead.
/// </summary>
internal sealed class MemoryWarmup(IConversationMemory memory, TimeProvider time, ILogger<MemoryWarmup> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        BackgroundTaskScheduler.RunAsync("whatstyle-memory-warmup", () => PrepareAsync(stoppingToken));

    private async Task PrepareAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting before this takes a core.
        await Task.Yield();
        try
        {
            var started = time.GetTimestamp();
            await memory.PrepareAsync(stoppingToken);
            logger.LogInformation("Conversation memory read ahead for the first search in {Seconds:0.0} s.", time.GetElapsedTime(started).TotalSeconds);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
#pragma warning disable CA1031 // Reading ahead is an optimisation: the host must outlive its failure.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            // The type only: a message could carry message text.
            logger.LogWarning("Reading conversation memory ahead failed ({Error}); the first search reads it instead.", ex.GetType().Name);
        }
    }
}
