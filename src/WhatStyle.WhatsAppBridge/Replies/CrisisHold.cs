using WhatStyle.Tools.Tone;
using WhatStyle.WhatsAppBridge.Telemetry;

namespace WhatStyle.WhatsAppBridge.Replies;

/// <summary>
/// Care first: a message that may be a crisis (self-harm, danger, a medical emergency, abuse) is never answered
/// automatically. Its reply is held as a draft marked crisis, whatever the contact's mode or quiet hours, and the owner
/// is alerted at once (a warning in the log and <c>whatstyle.bridge.crisis.held</c> on /metrics).
/// </summary>
/// <remarks>
/// The bridge reads the text itself before asking the agent (so quiet hours never delay the alert and no read receipt
/// or typing indicator promises a reply), then also takes the agent's own reading, which may have more context.
/// </remarks>
internal sealed partial class CrisisHold(IDeepToneAnalyzer analyzer, BridgeMetrics metrics, ILogger<CrisisHold> logger)
{
    /// <summary>The bridge's own reading of the incoming text: rules and, unless Tone:Semantic is off, meaning.</summary>
    public CrisisReading Read(string text) => analyzer.Analyze(text).Crisis;

    /// <summary>The whole reading (crisis and urgency) of the incoming text.</summary>
    public ToneAnalysis ReadTone(string text) => analyzer.Analyze(text);

    /// <summary>The stronger of two readings (the bridge's and the agent's).</summary>
    public static CrisisReading Stronger(CrisisReading own, CrisisReading? agent) =>
        agent is not null && agent.Level > own.Level ? agent : own;

    /// <summary>How a held draft is marked: "likely self-harm".</summary>
    public static string Label(CrisisReading crisis) => $"{crisis.Level.ToString().ToLowerInvariant()} {crisis.Kind}";

    /// <summary>Tells the owner at once; the message text stays out of the log.</summary>
    public void Alert(CrisisReading crisis, string messageId)
    {
        var level = crisis.Level.ToString().ToLowerInvariant();
        metrics.CrisisHeld(level, crisis.Kind ?? "unknown");
        LogHeld(logger, level, crisis.Kind ?? "unknown", messageId);
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "Possible crisis ({Level} {Kind}) in message {MessageId}: no automatic reply; the reply is held as a draft marked crisis. Answer personally now (whatstyle drafts list).")]
    private static partial void LogHeld(ILogger logger, string level, string kind, string messageId);
}
