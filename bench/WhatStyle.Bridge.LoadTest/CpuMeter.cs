using System.Diagnostics;

namespace WhatStyle.Bridge.LoadTest;

/// <summary>
/// CPU time used by the bridges and by this process between laps. Unlike wall-clock rates it barely depends on what
/// else runs on the machine, so runs on a busy machine can still be compared.
/// </summary>
internal sealed class CpuMeter(Func<TimeSpan> bridges)
{
    private TimeSpan _bridge = bridges();
    private TimeSpan _self = Process.GetCurrentProcess().TotalProcessorTime;

    public (TimeSpan Bridge, TimeSpan Self) Lap()
    {
        var bridgeNow = bridges();
        var selfNow = Process.GetCurrentProcess().TotalProcessorTime;
        var lap = (bridgeNow - _bridge, selfNow - _self);
        (_bridge, _self) = (bridgeNow, selfNow);
        return lap;
    }
}
