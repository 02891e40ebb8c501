using System.Globalization;
using WhatStyle.Agent.Replies;

namespace WhatStyle.WhatsAppBridge.Replies;

/// <summary>
/// A diagnostic agent (<c>Bridge:Agent=echo</c>): answers with a fixed acknowledgement and no model at all, so load
/// tests and crash tests measure the bridge rather than a language model. Never the default.
/// </summary>
internal sealed class EchoReplyAgent : IReplyAgent
{
    public Task<AgentReply> ReplyAsync(IncomingMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(message.Text);
        var lines = message.Text.Split('\n').Length;
        return Task.FromResult(new AgentReply
        {
            Text = string.Create(CultureInfo.InvariantCulture, $"Received {lines} message(s)."),
            Provider = "echo",
            Fallback = false,
            LlmCalls = 0,
            ToolCalls = 0,
            LatencyMs = 0,
        });
    }
}
