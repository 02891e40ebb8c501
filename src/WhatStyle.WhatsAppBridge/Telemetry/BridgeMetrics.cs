using System.Diagnostics.Metrics;

namespace WhatStyle.WhatsAppBridge.Telemetry;

/// <summary>The bridge's instruments (meter <c>WhatStyle.WhatsAppBridge</c>), exported at /metrics in Prometheus format.</summary>
internal sealed class BridgeMetrics
{
    public const string MeterName = "WhatStyle.WhatsAppBridge";

    private readonly Counter<long> _webhooks;
    private readonly Counter<long> _messagesIn;
    private readonly Counter<long> _messagesOut;
    private readonly Counter<long> _duplicates;
    private readonly Counter<long> _replies;
    private readonly Counter<long> _fallbacks;
    private readonly Histogram<double> _replyLatency;
    private readonly Counter<long> _retries;
    private readonly Counter<long> _deadLetters;
    private readonly Counter<long> _poisonRetries;
    private readonly Counter<long> _poisonDeadLetters;
    private readonly Counter<long> _crisisHeld;

    public BridgeMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _webhooks = meter.CreateCounter<long>("whatstyle.bridge.webhooks", description: "Webhook POSTs by outcome (accepted, signature, json).");
        _messagesIn = meter.CreateCounter<long>("whatstyle.bridge.messages.in", description: "Incoming messages stored, by type.");
        _duplicates = meter.CreateCounter<long>("whatstyle.bridge.messages.duplicate", description: "Incoming messages dropped as duplicates.");
        _messagesOut = meter.CreateCounter<long>("whatstyle.bridge.messages.out", description: "Messages accepted by WhatsApp, by kind.");
        _replies = meter.CreateCounter<long>("whatstyle.bridge.replies", description: "Replies written by the agent, by provider and mode.");
        _fallbacks = meter.CreateCounter<long>("whatstyle.bridge.replies.fallback", description: "Replies written by a fallback provider.");
        _replyLatency = meter.CreateHistogram<double>("whatstyle.bridge.reply.latency", unit: "ms", description: "Time the agent took to write a reply.");
        _retries = meter.CreateCounter<long>("whatstyle.bridge.send.retries", description: "Send attempts scheduled for retry, by error code.");
        _deadLetters = meter.CreateCounter<long>("whatstyle.bridge.send.dead_letters", description: "Messages given up on, by error code.");
        _poisonRetries = meter.CreateCounter<long>("whatstyle.bridge.poison.retries", description: "Failed attempts at an inbox record, a chat's reply or a dead-letter request, by stage.");
        _crisisHeld = meter.CreateCounter<long>("whatstyle.bridge.crisis.held", description: "Messages read as a possible crisis whose reply was held for the owner, by level and kind.");
        _poisonDeadLetters = meter.CreateCounter<long>("whatstyle.bridge.poison.dead_letters", description: "Inbox records, incoming messages or requests set aside after failing every attempt, by stage.");
    }

    public void WebhookAccepted() => _webhooks.Add(1, new KeyValuePair<string, object?>("outcome", "accepted"));

    public void WebhookRejected(string reason) => _webhooks.Add(1, new KeyValuePair<string, object?>("outcome", reason));

    public void MessageIn(string type) => _messagesIn.Add(1, new KeyValuePair<string, object?>("type", type));

    public void Duplicate() => _duplicates.Add(1);

    public void MessageOut(string kind) => _messagesOut.Add(1, new KeyValuePair<string, object?>("kind", kind));

    public void Reply(string provider, bool fallback, string mode, double latencyMs)
    {
        var providerTag = new KeyValuePair<string, object?>("provider", provider);
        _replies.Add(1, providerTag, new KeyValuePair<string, object?>("mode", mode));
        _replyLatency.Record(latencyMs, providerTag);
        if (fallback)
        {
            _fallbacks.Add(1, providerTag);
        }
    }

    public void CrisisHeld(string level, string kind) =>
        _crisisHeld.Add(1, new KeyValuePair<string, object?>("level", level), new KeyValuePair<string, object?>("kind", kind));

    public void Retry(string code) => _retries.Add(1, new KeyValuePair<string, object?>("code", code));

    public void DeadLetter(string code) => _deadLetters.Add(1, new KeyValuePair<string, object?>("code", code));

    /// <param name="stage"><c>inbox</c>, <c>reply</c> or <c>request</c>.</param>
    public void PoisonRetry(string stage) => _poisonRetries.Add(1, new KeyValuePair<string, object?>("stage", stage));

    /// <param name="stage"><c>inbox</c>, <c>reply</c> or <c>request</c>.</param>
    public void PoisonDeadLetter(string stage, int count = 1) => _poisonDeadLetters.Add(count, new KeyValuePair<string, object?>("stage", stage));
}
