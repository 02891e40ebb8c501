using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace WhatStyle.Dashboard.Events;

/// <summary>
/// In-memory <see cref="IDashboardEvents"/>: the last <see cref="Capacity"/> events, and one bounded channel per open
/// stream. A slow browser loses its oldest unread events instead of holding up the host that publishes.
/// </summary>
internal sealed class DashboardEventHub : IDashboardEvents
{
    public const int Capacity = 200;

    private readonly Lock _gate = new();
    private readonly Queue<DashboardEvent> _recent = new();
    private readonly List<Channel<DashboardEvent>> _followers = [];

    public void Publish(DashboardEvent dashboardEvent)
    {
        ArgumentNullException.ThrowIfNull(dashboardEvent);
        lock (_gate)
        {
            _recent.Enqueue(dashboardEvent);
            while (_recent.Count > Capacity)
            {
                _recent.Dequeue();
            }

            foreach (var follower in _followers)
            {
                follower.Writer.TryWrite(dashboardEvent);
            }
        }
    }

    public IReadOnlyList<DashboardEvent> Recent()
    {
        lock (_gate)
        {
            return [.. _recent];
        }
    }

    public async IAsyncEnumerable<DashboardEvent> FollowAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<DashboardEvent>(new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_gate)
        {
            _followers.Add(channel);
        }

        try
        {
            await foreach (var item in channel.Reader.ReadAllAsync(cancellationToken))
            {
                yield return item;
            }
        }
        finally
        {
            lock (_gate)
            {
                _followers.Remove(channel);
            }
        }
    }
}
