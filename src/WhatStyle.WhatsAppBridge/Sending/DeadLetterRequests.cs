using System.Text.Json;
using Microsoft.Extensions.Options;
using WhatStyle.WhatsAppBridge.Configuration;

namespace WhatStyle.WhatsAppBridge.Sending;

/// <summary>
/// Applies the owner's dead-letter decisions (<c>whatstyle deadletters retry|dismiss ID</c>). The CLI cannot write
/// bridge.db (the bridge owns it and is its only writer), so it drops a small JSON request,
/// <c>{"action":"retry"|"dismiss","id":"…"}</c>, into <c>&lt;data-dir&gt;/bridge-requests/</c>; this service applies and
/// deletes each one.
/// </summary>
internal sealed class DeadLetterRequests(
    string dataDirectory,
    Outbox outbox,
    TimeProvider time,
    IOptionsMonitor<BridgeOptions> options,
    ILogger<DeadLetterRequests> logger) : BackgroundService
{
    public const string FolderName = "bridge-requests";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                ApplyPending();
                await Task.Delay(options.CurrentValue.PollInterval * 2, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A bad request file or a storage hiccup must not stop the bridge; the next pass retries.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                logger.LogError(ex, "Applying dead-letter requests failed; retrying shortly.");
                await Task.Delay(options.CurrentValue.PollInterval * 2, time, stoppingToken);
            }
        }
    }

    /// <summary>Applies every complete request file in name (= time) order; returns how many were read.</summary>
    internal int ApplyPending()
    {
        var folder = Path.Combine(dataDirectory, FolderName);
        if (!Directory.Exists(folder))
        {
            return 0;
        }

        var files = Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal).ToList();
        foreach (var file in files)
        {
            Apply(file);
            File.Delete(file);
        }

        return files.Count;
    }

    private void Apply(string file)
    {
        Request? request;
        try
        {
            request = JsonSerializer.Deserialize<Request>(File.ReadAllText(file), JsonOptions);
        }
        catch (JsonException ex)
        {
            logger.LogWarning("Ignored dead-letter request {File}: not valid JSON ({Error}).", Path.GetFileName(file), ex.Message);
            return;
        }

        var applied = request switch
        {
            { Action: "retry", Id: { Length: > 0 } id } => outbox.RetryDeadLetter(id),
            { Action: "dismiss", Id: { Length: > 0 } id } => outbox.Dismiss(id),
            _ => false,
        };
        if (applied)
        {
            logger.LogInformation("Dead letter {Id}: {Action} applied.", request!.Id, request.Action);
            if (request.Action == "retry")
            {
                outbox.Notify();
            }
        }
        else
        {
            logger.LogWarning("Ignored dead-letter request {File}: unknown action or no such dead letter.", Path.GetFileName(file));
        }
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private sealed record Request(string? Action, string? Id);
}
