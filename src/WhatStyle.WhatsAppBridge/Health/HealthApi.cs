using System.Net;
using System.Text;
using Microsoft.Extensions.Options;
using WhatStyle.Tools.Serialization;
using WhatStyle.Tools.Storage;
using WhatStyle.WhatsAppBridge.Configuration;
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
            ? context.RequestServices.GetRequiredService<IOptionsMonitor<BridgeOptions>>().CurrentValue.AdminAllowUnknownAddress
            : IPAddress.IsLoopback(address);
        return local && !IsForwarded(context.Request.Headers);
    }

    internal static IResult GetHealth(InboxCursor inbox, Outbox outbox, IncomingDeadLetters incoming, BridgeHealth health)
    {
        var whatsApp = health.WhatsApp();
        var agent = health.Agent();
        var deadLetters = outbox.Count(OutboxState.DeadLetter);
        var report = new
        {
            Status = whatsApp.State == "ok" && !inbox.LogFaulted ? "healthy" : "unhealthy",
            Inbox = new { State = inbox.LogFaulted ? "write-failed-restart-needed" : "ok", BacklogBytes = inbox.BacklogBytes() },
            // Incoming messages not answered and inbox records set aside after failing every attempt.
            Incoming = new { DeadLetters = incoming.Count() },
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

    /// <summary>Every dead letter (replies not sent, messages not answered, inbox records set aside), oldest first.</summary>
    internal static IResult GetDeadLetters(Outbox outbox, IncomingDeadLetters incoming)
    {
        var list = outbox.DeadLetters()
            .Select(o => new BridgeDeadLetter(o.Id, "outbox", o.To, o.Kind, o.Text, o.Attempts, o.LastErrorCode, o.LastError, At(o.CreatedAtMs)))
            .Concat(incoming.Messages().Select(m => new BridgeDeadLetter(
                IncomingDeadLetters.MessagePrefix + m.Id, "incoming", m.Chat, m.Type, m.Text, m.Attempts, null, m.Note, At(m.ReceivedAtMs))))
            .Concat(incoming.InboxRecords().Select(d => new BridgeDeadLetter(
                d.Id, "inbox", "", "webhook", Encoding.UTF8.GetString(d.Body), d.Attempts, null, d.Reason, At(d.ReceivedAtMs), d.Corrupt)))
            .OrderBy(d => d.CreatedAt)
            .ToList();
        return TypedResults.Json(list, WhatStyleJson.Options);
    }

    private static DateTimeOffset At(long unixMs) => DateTimeOffset.FromUnixTimeMilliseconds(unixMs);

    // Behind a reverse proxy or tunnel (the usual way to give Meta an HTTPS URL) every request comes from loopback;
    // a forwarding header says it really came from elsewhere, so the dead-letter list stays closed to it.
    private static bool IsForwarded(IHeaderDictionary headers) =>
        ForwardingHeaders.Any(headers.ContainsKey);

    private static readonly string[] ForwardingHeaders = ["X-Forwarded-For", "Forwarded", "X-Real-IP", "CF-Connecting-IP", "True-Client-IP"];
}
