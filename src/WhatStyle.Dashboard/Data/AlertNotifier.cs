using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WhatStyle.Dashboard.Bridge;

namespace WhatStyle.Dashboard.Data;

/// <summary>
/// With <see cref="DashboardOptions.NoteToSelf"/>, sends each alert once as a WhatsApp note to the owner's own number
/// through the running bridge. The bridge queues it under an id made from the alert's, so a repeat sends nothing new;
/// this process also remembers what it sent. Alert text names who and why, never the message itself.
/// </summary>
internal sealed partial class AlertNotifier(
    AlertQuery alerts, IBridgeOperations bridge, IOptions<DashboardOptions> options, TimeProvider time, ILogger<AlertNotifier> logger) : BackgroundService
{
    private readonly HashSet<string> _sent = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.NoteToSelf)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.AlertCheckInterval, time);
        do
        {
            try
            {
                await NotifyAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <returns>How many notes were queued.</returns>
    internal async Task<int> NotifyAsync(CancellationToken cancellationToken)
    {
        var queued = 0;
        foreach (var alert in await alerts.LoadAsync(cancellationToken))
        {
            if (!_sent.Contains(alert.Id) && await bridge.SendNoteToSelfAsync(alert.Id, "WhatStyle: " + alert.Text, cancellationToken))
            {
                _sent.Add(alert.Id);
                queued++;
            }
        }

        return queued;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not send the dashboard's alerts as notes to self ({Error}); trying again at the next check.")]
    private static partial void LogFailed(ILogger logger, string error);
}
