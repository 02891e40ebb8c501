using System.Threading.Channels;
using WhatStyle.WhatsAppBridge.Channels;
using WhatStyle.WhatsAppBridge.Sending;
using WhatStyle.WhatsAppBridge.Storage;

namespace WhatStyle.WhatsAppBridge.Replies;

/// <summary>
/// Read receipts with the typing indicator, sent outside the reply slots: a chat's slot only queues its receipt and goes
/// on to the agent, so a slow WhatsApp API (300 ms a call) no longer caps how many chats are answered per second. Best
/// effort, as before: a full queue drops the oldest receipt, a failed one is not retried, and none go out while the
/// WhatsApp API is in an outage (the replies wait then too).
/// </summary>
internal sealed class ReadReceipts(IChannelSender channel, OutageGate outage, ILogger<ReadReceipts> logger) : BackgroundService
{
    private const int MaxInFlight = 8;

    private readonly Channel<MessageRecord> _queue = System.Threading.Channels.Channel.CreateBounded<MessageRecord>(new BoundedChannelOptions(1024)
    {
        FullMode = BoundedChannelFullMode.DropOldest,
        SingleReader = true,
    });

    /// <summary>Queues "read + typing" for <paramref name="message"/>; never waits.</summary>
    public void Queue(MessageRecord message) => _queue.Writer.TryWrite(message);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var slots = new SemaphoreSlim(MaxInFlight);
        try
        {
            await foreach (var message in _queue.Reader.ReadAllAsync(stoppingToken))
            {
                if (outage.PausedFor() > TimeSpan.Zero)
                {
                    continue;
                }

                await slots.WaitAsync(stoppingToken);
                _ = SendAsync(message, slots, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: receipts not sent are not needed after the restart.
        }
    }

    private async Task SendAsync(MessageRecord message, SemaphoreSlim slots, CancellationToken stoppingToken)
    {
        try
        {
            var read = await channel.MarkReadAsync(message, typing: true, stoppingToken);
            if (read.Failure is { } failure)
            {
                logger.LogDebug("Mark-read for {MessageId} failed with {Code}.", message.Id, failure.Code);
            }
        }
#pragma warning disable CA1031 // Best effort: a receipt that fails is dropped, never a reason to stop the others.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogDebug("Mark-read for {MessageId} failed ({Error}).", message.Id, ex.GetType().Name);
        }
        finally
        {
            slots.Release();
        }
    }
}
