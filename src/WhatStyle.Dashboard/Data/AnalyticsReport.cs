using WhatStyle.Tools.Tone;

namespace WhatStyle.Dashboard.Data;

/// <summary>What the analytics page shows; each table also exports as CSV.</summary>
/// <param name="PerDay">Messages per day, received and sent, oldest first.</param>
/// <param name="Latency">Reply latency by who answered.</param>
/// <param name="Answered">Whose words were sent: the owner (typed, or an edited draft), each model, the offline responder.</param>
/// <param name="ToneMix">The emotions of each contact's messages.</param>
public sealed record AnalyticsReport(
    IReadOnlyList<DayCount> PerDay, IReadOnlyList<LatencyRow> Latency, IReadOnlyList<ShareRow> Answered, IReadOnlyList<ToneMixRow> ToneMix)
{
    /// <summary>Each provider's replies, fallbacks and failed calls (from the reply log).</summary>
    public IReadOnlyList<ProviderRow> Providers { get; init; } = [];

    public bool IsEmpty => PerDay.Count == 0 && Providers.Count == 0;
}

/// <summary>One provider's replies: written, sent, written after a fallback, and the model calls made and failed while writing them.</summary>
public sealed record ProviderRow(string Provider, int Written, int Sent, int Fallbacks, double FallbackRate, int Calls, int FailedCalls, double FailureRate);

/// <summary>Messages on one day (UTC).</summary>
public sealed record DayCount(DateOnly Day, int Received, int Sent);

/// <summary>How fast replies came, by who wrote them.</summary>
public sealed record LatencyRow(string Who, int Replies, TimeSpan Median, TimeSpan P90);

/// <summary>How many replies came from one author.</summary>
public sealed record ShareRow(string Who, int Count, double Share);

/// <summary>One contact's received messages by emotion.</summary>
public sealed record ToneMixRow(string Contact, int Messages, IReadOnlyDictionary<Emotion, int> Emotions);
