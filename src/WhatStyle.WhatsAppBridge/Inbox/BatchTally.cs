using WhatStyle.WhatsAppBridge.Telemetry;

namespace WhatStyle.WhatsAppBridge.Inbox;

/// <summary>What a batch stored, for the metrics once it is committed.</summary>
internal sealed class BatchTally
{
    public List<string> Stored { get; } = [];
    public int Duplicates { get; set; }
    public int DeadLetters { get; set; }

    public void Report(BridgeMetrics metrics)
    {
        Stored.ForEach(metrics.MessageIn);
        for (var i = 0; i < Duplicates; i++)
        {
            metrics.Duplicate();
        }

        if (DeadLetters > 0)
        {
            metrics.PoisonDeadLetter("inbox", DeadLetters);
        }
    }
}
