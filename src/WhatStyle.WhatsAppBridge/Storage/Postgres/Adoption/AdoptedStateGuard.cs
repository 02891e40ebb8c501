using System.Globalization;
using WhatStyle.Hosting;

namespace WhatStyle.WhatsAppBridge.Storage.Postgres.Adoption;

/// <summary>
/// Storage:Provider = litedb over a bridge.db whose state was copied into PostgreSQL: start-up stops in one line. The copy
/// in bridge.db is as old as the switch; answering and sending from it would send again what PostgreSQL's bridges sent
/// since, and drop what they queued. Going back to LiteDB means a new data directory (docs/scaling.md).
/// </summary>
internal sealed class AdoptedStateGuard(BridgeDatabase database) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (AdoptionMark.Find(database) is { } mark)
        {
            var when = DateTimeOffset.FromUnixTimeMilliseconds(mark.AdoptedAtMs).ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
            throw new HostStartupException(
                $"this data directory's bridge.db was moved into PostgreSQL on {when} (account {mark.Account}): set Storage:Provider=postgres, " +
                "or use a new data directory to run on LiteDB (its old copy in bridge.db would send again what was sent since).");
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
