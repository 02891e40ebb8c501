using System.Text.Json;
using Microsoft.Extensions.Options;
using WhatStyle.Tools.Storage;
using WhatStyle.WhatsAppBridge.Hosting;
using WhatStyle.WhatsAppBridge.Poison;
using WhatStyle.WhatsAppBridge.Telemetry;

namespace WhatStyle.WhatsAppBridge.Sending;

/// <summary>
/// Applies the owner's dead-letter decisions (<c>whatstyle deadletters retry|dismiss ID</c>). The CLI cannot write
/// bridge.db (the bridge owns it and is its only writer), so it drops a small JSON request,
/// <c>{"action":"retry"|"dismiss","id":"…"}</c> or <c>{"action":"retry-all","since":"…"}</c>, into <c>&lt;data-dir&gt;/bridge-requests/</c>; this service applies and
/// deletes each one. A request that cannot be understood is set aside at once, one whose applying keeps failing after
/// <see cref="PoisonOptions.PoisonMaxAttempts"/> tries with backoff: renamed <c>NAME.failed</c> with the reason in
/// <c>NAME.failed.reason</c>, so it neither blocks the requests after it nor is retried forever.
/// </summary>
internal sealed class DeadLetterRequests(
    string dataDirectory,
    DeadLetterBulkRetry bulk,
    DeadLetterActions actions,
    BridgeMetrics metrics,
    TimeProvider time,
    IOptionsMonitor<WorkerOptions> options,
    IOptionsMonitor<PoisonOptions> poison,
    ConfiguredSecrets secrets,
    ILogger<DeadLetterRequests> logger) : PeriodicWorker(time, logger)
{
    private readonly RetryBudget<string> _budget = new(time);

    protected override TimeSpan Interval => options.CurrentValue.PollInterval * 2;

    protected override Task WorkAsync(CancellationToken stoppingToken) => ApplyPendingAsync(stoppingToken);

    // A failing folder (permissions, disk) must not stop the bridge; the next pass retries.
    protected override void LogFailure(Exception error) =>
        Logger.LogError("Reading dead-letter requests failed ({Error}); retrying shortly.", FailureReason.Kind(error));

    /// <summary>Applies every due request file in name (= time) order; returns how many were handled (applied, dropped or set aside).</summary>
    internal async Task<int> ApplyPendingAsync(CancellationToken cancellationToken)
    {
        var folder = Path.Combine(dataDirectory, BridgeFiles.RequestsFolder);
        if (!Directory.Exists(folder))
        {
            return 0;
        }

        var handled = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*" + BridgeFiles.RequestExtension).Order(StringComparer.Ordinal).ToList())
        {
            var name = Path.GetFileName(file);
            if (!_budget.IsDue(name))
            {
                continue;
            }

            try
            {
                if (await ApplyAsync(file, cancellationToken) is { } unusable)
                {
                    SetAside(file, unusable);
                    metrics.PoisonDeadLetter("request");
                }
                else
                {
                    File.Delete(file);
                }

                _budget.Forget(name);
                handled++;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                // Counted per file, so one failing request waits out its backoff while the others go ahead.
                var settings = poison.CurrentValue;
                // Every failure counts here, transient or not: an unreadable request file fails with an IOException that
                // is the file's own, and a request set aside during an outage costs the owner only asking again.
                var (attempts, exhausted) = _budget.Fail(name, settings.PoisonMaxAttempts, settings.PoisonRetryBaseDelay);
                if (!exhausted)
                {
                    metrics.PoisonRetry("request");
                    Logger.LogWarning("Dead-letter request {File} failed ({Error}), attempt {Attempt} of {Max}; retrying after a backoff.",
                        name, FailureReason.Kind(ex), attempts, settings.PoisonMaxAttempts);
                    continue;
                }

                SetAside(file, $"failed {attempts} times: {FailureReason.Describe(ex, secrets.Values)}");
                _budget.Forget(name);
                metrics.PoisonDeadLetter("request");
                handled++;
            }
        }

        return handled;
    }

    /// <summary>Applies one request; returns why it cannot be applied at all (set aside), or null when done or dropped.</summary>
    private async Task<string?> ApplyAsync(string file, CancellationToken cancellationToken)
    {
        Request? request;
        try
        {
            request = JsonSerializer.Deserialize<Request>(await File.ReadAllTextAsync(file, cancellationToken), JsonOptions);
        }
        catch (JsonException ex)
        {
            return $"not valid JSON: {ex.Message}";
        }

        if (request is { Action: BridgeFiles.RetryAllAction })
        {
            await bulk.RetryAllAsync(request.Since, cancellationToken);
            return null;
        }

        if (request is not { Action: "retry" or "dismiss", Id: { Length: > 0 } id })
        {
            return """expected {"action":"retry"|"dismiss","id":"<dead letter id>"} or {"action":"retry-all","since":"<time, optional>"}""";
        }

        var retry = request.Action == "retry";
        bool applied;
        try
        {
            applied = await actions.ApplyAsync(id, retry, cancellationToken);
        }
        catch (RetryRefusedException ex)
        {
            // Refused (a corrupt inbox record cannot be retried): set aside with the reason for the owner to read.
            return ex.Message;
        }

        if (!applied)
        {
            // Typically already handled (the owner asked twice): nothing to keep.
            Logger.LogWarning("Dropped dead-letter request {File}: {Id} is not a dead letter (any more).", Path.GetFileName(file), id);
            return null;
        }

        Logger.LogInformation("Dead letter {Id}: {Action} applied.", id, request.Action);
        return null;
    }

    private void SetAside(string file, string reason)
    {
        var failed = Path.ChangeExtension(file, BridgeFiles.FailedRequestExtension);
        File.WriteAllText(failed + ".reason", reason + Environment.NewLine);
        File.Move(file, failed, overwrite: true);
        Logger.LogError("Dead-letter request {File} set aside as {Failed}; the reason is in {Failed}.reason.",
            Path.GetFileName(file), Path.GetFileName(failed), Path.GetFileName(failed));
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private sealed record Request(string? Action, string? Id, DateTimeOffset? Since);
}
