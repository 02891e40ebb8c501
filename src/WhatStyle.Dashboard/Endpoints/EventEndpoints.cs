using System.Globalization;
using System.Runtime.CompilerServices;
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
        dashboard.MapGet("/events/stream", (IDashboardEvents events, CancellationToken cancellationToken) =>
            TypedResults.ServerSentEvents(Lines(events, cancellationToken)));
    }

    private static async IAsyncEnumerable<string> Lines(IDashboardEvents events, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var item in events.FollowAsync(cancellationToken))
        {
            yield return Line(item);
        }
    }

    /// <summary>"2026-05-01 18:30:00 reply A reply was sent." on one line (an event's data may not span lines).</summary>
    internal static string Line(DashboardEvent item) =>
        $"{item.At.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} {item.Kind} {item.Text}".ReplaceLineEndings(" ");
}
