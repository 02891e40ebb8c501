using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WhatStyle.Dashboard.Events;

namespace WhatStyle.Dashboard.Endpoints;

/// <summary>The live event log as server-sent events: one line of plain text per event.</summary>
internal static class EventEndpoints
{
    public static void MapEventStream(this RouteGroupBuilder dashboard)
    {
        dashboard.MapGet("/events/stream", StreamAsync);
    }

    /// <summary>Headers go out at once (the browser shows the stream as open), then one "data:" line per event.</summary>
    private static async Task StreamAsync(HttpContext http, IDashboardEvents events, CancellationToken cancellationToken)
    {
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        await http.Response.Body.FlushAsync(cancellationToken);
        try
        {
            await foreach (var item in events.FollowAsync(cancellationToken))
            {
                await http.Response.WriteAsync($"data: {Line(item)}\n\n", cancellationToken);
                await http.Response.Body.FlushAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The browser left.
        }
    }

    /// <summary>"2026-05-01 18:30:00 reply A reply was sent." on one line (an event's data may not span lines).</summary>
    internal static string Line(DashboardEvent item) =>
        $"{item.At.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} {item.Kind} {item.Text}".ReplaceLineEndings(" ");
}
