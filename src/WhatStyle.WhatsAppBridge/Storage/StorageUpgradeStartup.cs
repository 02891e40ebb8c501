using WhatStyle.WhatsAppBridge.Inbox;
using WhatStyle.WhatsAppBridge.Sending;

namespace WhatStyle.WhatsAppBridge.Storage;

/// <summary>
/// Runs <see cref="StorageUpgrade"/> when the host starts, before anything reads bridge.db or the inbox log: before
/// bridge.db's state is copied into PostgreSQL (an old file is brought up to date first) and before the processor reads
/// the log (since .NET 10 a worker's ExecuteAsync runs concurrently with webhook intake, and the upgrade appends to the
/// log, which has one writer at a time; hosted services start before the server accepts requests).
/// </summary>
internal sealed class StorageUpgradeStartup(BridgeDatabase database, InboxLog log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        StorageUpgrade.Run(database, log, Outbox.WithKeys);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
