using Microsoft.Extensions.Options;
using WhatStyle.Tools.Platform;
using WhatStyle.Tools.Voice.Model;
using WhatStyle.WhatsAppBridge.Hosting;
using WhatStyle.WhatsAppBridge.Inbox;

namespace WhatStyle.WhatsAppBridge.Replies;

/// <summary>
/// Retrains the owner's voice model in the background (Voice:RetrainInterval) from what the bridge learns as it runs:
/// the messages the owner types and the drafts they approve, edit or reject. A pass with nothing new since the newest
/// version trains nothing; each trained version is kept, and the reply path picks it up at once.
/// </summary>
internal sealed class VoiceModelRetrainer(
    VoiceTrainer trainer,
    IntakePressure pressure,
    BackgroundTaskScheduler background,
    IOptionsMonitor<VoiceModelOptions> options,
    TimeProvider time,
    ILogger<VoiceModelRetrainer> logger) : PeriodicWorker(time, logger)
{
    protected override TimeSpan FirstDelay => options.CurrentValue.FirstRetrainDelay;

    protected override TimeSpan Interval => options.CurrentValue.RetrainInterval;

    // Training takes a core for seconds: at background OS priority, like the replies, so webhooks are answered first.
    protected override TaskScheduler Scheduler => background;

    protected override async Task WorkAsync(CancellationToken stoppingToken)
    {
        // Training takes the CPU for a while: it starts when the webhooks give the process a moment.
        await pressure.HoldWhileBusyAsync(stoppingToken);
        var result = await trainer.TrainAsync(force: false, stoppingToken);
        if (result.Trained)
        {
            Logger.LogInformation("Voice model v{Version} trained from {Examples} examples.", result.Manifest!.Version, result.Manifest.TotalExamples);
        }
        else
        {
            Logger.LogDebug("Voice model not retrained: {Reason}.", result.Reason);
        }
    }
}
