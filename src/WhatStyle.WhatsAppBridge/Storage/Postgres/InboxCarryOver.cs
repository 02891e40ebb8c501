using WhatStyle.Hosting;
using WhatStyle.WhatsAppBridge.Inbox;
using WhatStyle.WhatsAppBridge.Poison;

namespace WhatStyle.WhatsAppBridge.Storage.Postgres;

/// <summary>
/// Storage:Provider = postgres: moves what is left unprocessed in the inbox log on this bridge's disk (webhooks it
/// acknowledged before it ran on PostgreSQL's inbox, or before bridge.db was adopted) into <see cref="PostgresInboxLog"/>,
/// at start-up, before the processor runs. Each batch and the log's cursor move in one transaction, so a crash
/// mid-way copies nothing twice and loses nothing; a record damaged on disk goes straight to the dead letters, as the
/// processor would have set it aside. Cheap when the log is empty, which it is after the first start.
/// </summary>
internal sealed class InboxCarryOver(
    PostgresBridgeState state, InboxLog fileLog, InboxDeadLetterStore deadLetters, ILogger<InboxCarryOver> logger) : IHostedService
{
    private const int Batch = 500;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var moved = Run(cancellationToken);
            if (moved > 0)
            {
                logger.LogInformation("{Count} webhooks waiting in the inbox log on disk moved into PostgreSQL's inbox.", moved);
            }
        }
        catch (StorageUnavailableException ex)
        {
            // Nothing moved in the failing batch; what is still on disk is moved at the next start.
            throw new HostStartupException($"the inbox log on disk could not be moved into PostgreSQL ({ex.Message})", ex);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Moves every record past the log's cursor; returns how many.</summary>
    internal int Run(CancellationToken cancellationToken)
    {
        var cursor = new InboxCursor(state, fileLog);
        var moved = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var from = cursor.Load();
            var read = fileLog.Read(from, Batch);
            if (read.Records.Count == 0)
            {
                if (read.Next != from)
                {
                    cursor.Save(read.Next);
                }

                break;
            }

            state.InTransaction(() =>
            {
                var sound = read.Records.Where(r => !r.Corrupt);
                foreach (var damaged in read.Records.Where(r => r.Corrupt))
                {
                    deadLetters.Keep(damaged, attempts: 1, "damaged on disk before it was moved into PostgreSQL");
                }

                state.Inbox.Append([.. sound.Select(r => (r.Body, r.ReceivedAtMs))]);

                cursor.Save(read.Next);
                return true;
            });
            fileLog.DeleteBefore(read.Next);
            moved += read.Records.Count;
        }

        return moved;
    }
}
