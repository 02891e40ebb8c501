using System.Net;
using WhatStyle.WhatsAppBridge.Inbox;
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
        app.MapGet("/admin/dead-letters", GetDeadLetters).AddEndpointFilter(async (context, next) =>
            IsLoopback(context.HttpContext.Connection.RemoteIpAddress) && !IsForwarded(context.HttpContext.Request.Headers)
                ? await next(context)
                : TypedResults.StatusCode(StatusCodes.Status403Forbidden));
        return app;
    }

    internal static IResult GetHealth(InboxCursor inbox, Outbox outbox, BridgeHealth health)
    {
        var whatsApp = health.WhatsApp();
        var agent = health.Agent();
        var deadLetters = outbox.Count(OutboxState.DeadLetter);
        var report = new
        {
            Status = whatsApp.State == "ok" && !inbox.LogFaulted ? "healthy" : "unhealthy",
            Inbox = new { State = inbox.LogFaulted ? "write-failed-restart-needed" : "ok", BacklogBytes = inbox.BacklogBytes() },
            Outbox = new
            {
                State = deadLetters == 0 ? "ok" : "has-dead-letters",
                Pending = outbox.Count(OutboxState.Pending),
                Sending = outbox.Count(OutboxState.Sending),
                Unconfirmed = outbox.Count(OutboxState.Unconfirmed),
                Sent = outbox.Count(OutboxState.Sent),
                DeadLetters = deadLetters,
            },
            Agent = new { agent.State, agent.LastProvider, agent.LastReplyAt, agent.Error, agent.ErrorAt },
            WhatsApp = new { whatsApp.State, whatsApp.Error, whatsApp.LastSendAt },
        };
        return TypedResults.Json(report, statusCode: report.Status == "healthy" ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }

    internal static IResult GetDeadLetters(Outbox outbox) =>
        TypedResults.Ok(outbox.DeadLetters().Select(o => new
        {
            o.Id,
            o.To,
            o.Kind,
            o.Text,
            o.Attempts,
            o.LastErrorCode,
            o.LastError,
            CreatedAt = DateTimeOffset.FromUnixTimeMilliseconds(o.CreatedAtMs),
        }));

    // No address only happens on in-memory test hosts (Kestrel over TCP always sets one).
    private static bool IsLoopback(IPAddress? address) =>
        address is null || IPAddress.IsLoopback(address);

    // Behind a reverse proxy or tunnel (the usual way to give Meta an HTTPS URL) every request comes from loopback;
    // a forwarding header says it really came from elsewhere, so the dead-letter list stays closed to it.
    private static bool IsForwarded(IHeaderDictionary headers) =>
        ForwardingHeaders.Any(headers.ContainsKey);

    private static readonly string[] ForwardingHeaders = ["X-Forwarded-For", "Forwarded", "X-Real-IP", "CF-Connecting-IP", "True-Client-IP"];
}
