using System.Net;
using System.Text;
using Microsoft.Extensions.Options;
using WhatStyle.Tools.Serialization;
using WhatStyle.Tools.Storage;
using WhatStyle.WhatsAppBridge.Inbox;
using WhatStyle.WhatsAppBridge.Poison;
using WhatStyle.WhatsAppBridge.Sending;
using WhatStyle.WhatsAppBridge.Storage;

namespace WhatStyle.WhatsAppBridge.Health;

/// <summary><c>/healthz</c> (inbox, outbox, agent and WhatsApp states) and the owner's dead-letter list.</summary>
internal static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", GetHealth);

        // Loopback only: the dead-letter list names recipients and message text, so it never leaves the machine.
        app.MapGet(BridgeFiles.DeadLettersPath, GetDeadLetters).AddEndpointFilter(async (context, next) =>
            IsLocal(context.HttpContext) ? await next(context) : TypedResults.StatusCode(StatusCodes.Status403Forbidden));

        // The same rule, and a JSON body: a browser cannot send one cross-origin without a preflight, which is never
        // answered, so a web page open on this machine cannot trigger it.
        app.MapPost(BridgeFiles.RetryDeadLettersPath, RetryDeadLettersAsync).AddEndpointFilter(async (context, next) =>
            IsLocal(context.HttpContext) ? await next(context) : TypedResults.StatusCode(StatusCodes.Status403Forbidden));
        return app;
    }

    /// <summary>
    /// True for a direct request from this machine. A request without a remote address (a Unix socket behind a proxy,
    /// an in-memory host) is not known to be local, so it is refused unless <c>Bridge:AdminAllowUnknownAddress</c> says
    /// the operator knows where such requests come from.
    /// </summary>
    internal static bool IsLocal(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        var local = address is null
            ? context.RequestServices.GetRequiredService<IOptionsMonitor<AdminOptions>>().CurrentValue.AdminAllowUnknownAddress
            : IPAddress.IsLoopback(address);
        return local && !IsForwarded(context.Request.Headers);
    }

    internal static async Task<IResult> GetHealth(
        HealthMonitor monitor, Outbox outbox, IncomingDeadLetters incoming, BridgeHealth health, Channels.ChannelSession session, IConfiguration configuration,
        IEnumerable<WhatStyle.Tools.Events.IEventOutbox> eventOutboxes, WhatStyle.Tools.Memory.IEmbeddingBacklog embedding,
        CancellationToken cancellationToken)
    {
        var sessionState = session.Current();
        var reading = monitor.Assess();
        var inputs = reading.Inputs;
        var whatsApp = health.WhatsApp();
        var agent = health.Agent();
        var embedded = embedding.Progress;
        object? outboxReport;
        object? incomingReport;
        object? eventsReport;
        try
        {
            var deadLetters = outbox.Count(OutboxState.DeadLetter);
            outboxReport = new
            {
                State = deadLetters == 0 ? "ok" : "has-dead-letters",
                Pending = outbox.Count(OutboxState.Pending),
                Sending = outbox.Count(OutboxState.Sending),
                Unconfirmed = outbox.Count(OutboxState.Unconfirmed),
                Sent = outbox.Count(OutboxState.Sent),
                DeadLetters = deadLetters,
            };
            // Incoming messages not answered and inbox records set aside after failing every attempt.
            incomingReport = new { DeadLetters = incoming.Count() };
            // Events not yet on the bus (the broker down or slow): bridge.db's outbox and, on PostgreSQL, the shared one.
            var waiting = 0;
            foreach (var events in eventOutboxes)
            {
                waiting += await events.CountAsync(cancellationToken);
            }

            eventsReport = new { Waiting = waiting };
        }
#pragma warning disable CA1031 // Health reports an unreadable store (the reasons say so); it never fails because of it.
        catch (Exception)
#pragma warning restore CA1031
        {
            outboxReport = null;
            incomingReport = null;
            eventsReport = null;
        }

        var report = new
        {
            reading.Status,
            reading.Reasons,
            Inbox = new
            {
                State = inputs.InboxLogFaulted ? "write-failed-restart-needed" : inputs.BacklogStalledFor > TimeSpan.Zero ? "stalled" : "ok",
                BacklogBytes = reading.BacklogBytes,
                StalledSeconds = (long)inputs.BacklogStalledFor.TotalSeconds,
            },
            Incoming = incomingReport,
            Outbox = outboxReport,
            Events = eventsReport,
            Agent = new { agent.State, agent.LastProvider, agent.LastReplyAt, agent.Error, agent.ErrorAt, ProvidersFailing = inputs.ProvidersFailing },
            WhatsApp = new
            {
                State = whatsApp.State != "ok" ? whatsApp.State : inputs.WhatsAppFailingSince is null ? "ok" : "failing",
                Error = whatsApp.Error ?? inputs.WhatsAppError,
                FailingSince = inputs.WhatsAppFailingSince,
                whatsApp.LastSendAt,
                Channel = Channels.ChannelHostingExtensions.ActiveChannel(configuration).ToString().ToLowerInvariant(),
                Session = sessionState.Status,
                SessionSince = sessionState.Since,
            },
            Storage = new
            {
                State = inputs.StorageFailingSince is null ? "ok" : "writes-failing",
                FailingSince = inputs.StorageFailingSince,
                Error = inputs.StorageError,
            },
            // Imported history being embedded by meaning in the background (this process's pass; `whatstyle memory status` for all).
            MemoryEmbedding = new { embedded.Running, embedded.Done, embedded.Remaining },
        };
        return TypedResults.Json(report, statusCode: reading.Status == HealthVerdict.Unhealthy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK);
    }

    /// <summary>Every dead letter (replies not sent, messages not answered, inbox records set aside), oldest first.</summary>
    internal static IResult GetDeadLetters(Poison.DeadLetterActions deadLetters) => TypedResults.Json(deadLetters.All(), WhatStyleJson.Options);

    /// <summary>Retries every dead letter (created since <c>since</c>, when given); answers how many.</summary>
    internal static async Task<IResult> RetryDeadLettersAsync(HttpRequest request, DeadLetterBulkRetry bulk, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return TypedResults.Problem("Send a JSON body: {} or {\"since\":\"2026-12-01T00:00:00Z\"}.", statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        RetryAllRequest? body;
        try
        {
            body = await request.ReadFromJsonAsync<RetryAllRequest>(cancellationToken);
        }
        catch (System.Text.Json.JsonException)
        {
            return TypedResults.Problem("The body is not {} or {\"since\":\"<ISO 8601 time>\"}.", statusCode: StatusCodes.Status400BadRequest);
        }

        var retried = await bulk.RetryAllAsync(body?.Since, cancellationToken);
        return TypedResults.Json(new { Retried = retried });
    }

    private sealed record RetryAllRequest(DateTimeOffset? Since);

    // Behind a reverse proxy or tunnel (the usual way to give Meta an HTTPS URL) every request comes from loopback;
    // a forwarding header says it really came from elsewhere, so the dead-letter list stays closed to it.
    private static bool IsForwarded(IHeaderDictionary headers) =>
        ForwardingHeaders.Any(headers.ContainsKey);

    private static readonly string[] ForwardingHeaders = ["X-Forwarded-For", "Forwarded", "X-Real-IP", "CF-Connecting-IP", "True-Client-IP"];
}
