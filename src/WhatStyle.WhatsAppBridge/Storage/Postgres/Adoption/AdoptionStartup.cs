using System.Globalization;
using WhatStyle.Hosting;

namespace WhatStyle.WhatsAppBridge.Storage.Postgres.Adoption;

/// <summary>
/// Storage:Provider = postgres: copies bridge.db's state into PostgreSQL (<see cref="BridgeStateAdoption"/>) when the host
/// starts. Registered before every worker that reads or writes the bridge's state, and hosted services start one after
/// another, so none runs before the copy is done. A copy that cannot finish (the server unreachable) stops start-up in
/// one line; what was committed stays, and the next start resumes it.
/// </summary>
internal sealed class AdoptionStartup(Func<BridgeStateAdoption> adoption, ILogger<AdoptionStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var run = adoption();
        var progress = new LoggedProgress(logger);
        try
        {
            var outcome = await Task.Run(() => run.Run(progress, cancellationToken), cancellationToken);
            if (outcome == AdoptionOutcome.Adopted)
            {
                logger.LogInformation("bridge.db's state is now in PostgreSQL; bridge.db is marked adopted and is not copied again.");
            }
            else if (outcome == AdoptionOutcome.AlreadyOnPostgres)
            {
                logger.LogWarning("This bridge already worked on PostgreSQL before; bridge.db is older than that state, so it is marked adopted and not copied.");
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            // An outage, or a row the server refused: the batch rolled back with its checkpoint, so nothing is half-copied.
            var cause = ex is Npgsql.PostgresException server ? $"{server.SqlState}: {server.MessageText}" : ex.Message;
            throw new HostStartupException(
                $"bridge.db's state could not be copied into PostgreSQL ({cause}); nothing is lost: the next start resumes the copy.", ex);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>One log line per collection when it starts and ends, and one per 10,000 documents between.</summary>
    private sealed class LoggedProgress(ILogger logger) : IProgress<AdoptionProgress>
    {
        private const long Every = 10_000;

        private string? _store;
        private long _logged;

        public void Report(AdoptionProgress value)
        {
            var first = !string.Equals(_store, value.Store, StringComparison.Ordinal);
            if (!first && value.Copied < value.Total && value.Copied - _logged < Every)
            {
                return;
            }

            _store = value.Store;
            _logged = value.Copied;
            logger.LogInformation("Copying bridge.db into PostgreSQL: {Store} {Copied} of {Total}", value.Store,
                value.Copied.ToString(CultureInfo.InvariantCulture), value.Total.ToString(CultureInfo.InvariantCulture));
        }
    }
}
