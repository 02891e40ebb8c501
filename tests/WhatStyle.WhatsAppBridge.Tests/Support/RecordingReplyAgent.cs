using System.Collections.Concurrent;
using WhatStyle.Agent.Replies;

namespace WhatStyle.WhatsAppBridge.Tests.Support;

/// <summary>A hand-written fake agent: records what it was asked and answers "re: &lt;text&gt;", optionally with a sticker.</summary>
internal sealed class RecordingReplyAgent : IReplyAgent
{
    public ConcurrentQueue<IncomingMessage> Calls { get; } = new();

    /// <summary>When set, every reply carries this sticker file.</summary>
    public string? StickerPath { get; set; }

    /// <summary>When it matches a request, the agent throws (after recording the call), as a buggy agent would, every time.</summary>
    public Func<IncomingMessage, bool>? FailWhen { get; set; }

    /// <summary>What it throws when <see cref="FailWhen"/> matches.</summary>
    public Func<Exception> Failure { get; set; } = () => new InvalidOperationException("the agent cannot handle this conversation");

    /// <summary>Runs after the call is recorded and before the reply is returned: what happens while the agent writes.</summary>
    public Action<IncomingMessage>? WhileWriting { get; set; }

    /// <summary>How the replies say they were written (provider, fallback, failed model calls).</summary>
    public (string Provider, bool Fallback, int FailedCalls) Writer { get; set; } = ("fake", false, 0);

    public Task<AgentReply> ReplyAsync(IncomingMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message.Text);
        Calls.Enqueue(message);
        if (FailWhen?.Invoke(message) == true)
        {
            throw Failure();
        }

        WhileWriting?.Invoke(message);

        return Task.FromResult(new AgentReply
        {
            Text = $"re: {message.Text}",
            Sticker = StickerPath is null ? null : new ReplySticker("s1", "😀", "smile", StickerPath),
            Provider = Writer.Provider,
            Fallback = Writer.Fallback,
            LlmCalls = Writer.Provider == "offline" ? 0 : 1,
            FailedLlmCalls = Writer.FailedCalls,
            ToolCalls = 0,
            LatencyMs = 1,
        });
    }
}
