using Microsoft.Extensions.Options;
using WhatStyle.WhatsAppBridge.Sending;

namespace WhatStyle.WhatsAppBridge.Channels.Personal;

/// <summary>
/// How long "typing…" shows before a reply on a personal account: proportional to the reply's length, with ±25 %
/// jitter, capped. A reply that lands the instant a message arrives is what gets personal numbers banned.
/// </summary>
internal sealed class HumanPacing(IOptionsMonitor<SendingOptions> options)
{
    public TimeSpan TypingTime(string? text, double jitter01)
    {
        var settings = options.CurrentValue;
        var length = text?.Length ?? 0;
        var raw = settings.TypingTimePerCharacter.TotalMilliseconds * length;
        var jittered = raw * (0.75 + (0.5 * Math.Clamp(jitter01, 0, 1)));
        return TimeSpan.FromMilliseconds(Math.Min(jittered, settings.MaxTypingTime.TotalMilliseconds));
    }
}
