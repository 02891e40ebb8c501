using Microsoft.Extensions.Hosting;

namespace WhatStyle.Storage.Postgres;

/// <summary>
/// Reaches the server and applies pending migrations when a generic host starts, so an unreachable server or a
/// schema from a newer WhatStyle stops start-up in one line instead of failing the first message.
/// </summary>
internal sealed class PostgresStartup(PostgresDatabase database) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => database.EnsureReadyAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
