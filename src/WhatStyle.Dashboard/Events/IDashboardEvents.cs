namespace WhatStyle.Dashboard.Events;

/// <summary>The live event log: hosts publish, the dashboard's event stream reads.</summary>
public interface IDashboardEvents
{
    /// <summary>Records an event and hands it to every open stream. Never blocks.</summary>
    void Publish(DashboardEvent dashboardEvent);

    /// <summary>The latest events, oldest first (what a newly opened log shows).</summary>
    IReadOnlyList<DashboardEvent> Recent();

    /// <summary>Events from now on, until <paramref name="cancellationToken"/> ends the stream.</summary>
    IAsyncEnumerable<DashboardEvent> FollowAsync(CancellationToken cancellationToken);
}
