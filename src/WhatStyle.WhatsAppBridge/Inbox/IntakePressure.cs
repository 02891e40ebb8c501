namespace WhatStyle.WhatsAppBridge.Inbox;

/// <summary>
/// Gives the webhook acknowledgement priority over background work on a small machine. While webhooks keep arriving
/// (a batch within <see cref="BusyWindow"/>), the inbox processor, reply worker and sender hold back between units of
/// work, up to <see cref="MaxHold"/> each time, so they still progress under sustained load. Replies to a burst are
/// then sent right after it (they wait for the burst window anyway); Meta needs the 200 quickly, every time.
/// </summary>
internal sealed class IntakePressure(TimeProvider time)
{
    public static readonly TimeSpan BusyWindow = TimeSpan.FromMilliseconds(20);
    public static readonly TimeSpan MaxHold = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(10);

    private long _lastBatchTicks = long.MinValue;

    /// <summary>Called by the inbox writer for each batch it commits.</summary>
    public void BatchWritten() => Volatile.Write(ref _lastBatchTicks, time.GetTimestamp());

    public bool IsBusy
    {
        get
        {
            var last = Volatile.Read(ref _lastBatchTicks);
            return last != long.MinValue && time.GetElapsedTime(last) < BusyWindow;
        }
    }

    /// <summary>Waits while webhooks are arriving, at most <see cref="MaxHold"/>.</summary>
    public async Task HoldWhileBusyAsync(CancellationToken cancellationToken)
    {
        // After a full hold the workers run freely for as long again: under steady intake (a batch every few ms, which
        // never stops being "busy") holding before every unit of work would cap replies at a few per second and let
        // the backlog grow without bound; this way background work gets at least half of every two seconds.
        if (time.GetTimestamp() < Volatile.Read(ref _freeUntilTicks))
        {
            return;
        }

        var started = time.GetTimestamp();
        while (IsBusy)
        {
            if (time.GetElapsedTime(started) >= MaxHold)
            {
                var now = time.GetTimestamp();
                Volatile.Write(ref _freeUntilTicks, now + (long)(MaxHold.TotalSeconds * time.TimestampFrequency));
                return;
            }

            await Task.Delay(Step, time, cancellationToken);
        }
    }

    private long _freeUntilTicks = long.MinValue;
}
