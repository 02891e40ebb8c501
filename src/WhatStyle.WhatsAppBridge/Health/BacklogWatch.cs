using WhatStyle.WhatsAppBridge.Inbox;

namespace WhatStyle.WhatsAppBridge.Health;

/// <summary>
/// How long the inbox backlog has not moved: the time since the processed position last changed or the backlog was last
/// seen empty. Fed by the health sampler every second and by each <c>/healthz</c>, so its resolution is about a second.
/// </summary>
internal sealed class BacklogWatch(TimeProvider time)
{
    private readonly Lock _gate = new();
    private InboxPosition? _position;
    private DateTimeOffset _movedAt = time.GetUtcNow();

    /// <summary>Records what the inbox looks like now; returns how long it has been stuck (zero when empty or moving).</summary>
    public TimeSpan Observe(InboxPosition position, long backlogBytes)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (backlogBytes == 0 || _position != position)
            {
                _position = position;
                _movedAt = now;
                return TimeSpan.Zero;
            }

            return now - _movedAt;
        }
    }
}
