namespace WhatStyle.Agent.Replies;

/// <summary>Writes the reply the owner would write to one incoming message. The bridge and the CLI both use it.</summary>
public interface IReplyAgent
{
    /// <summary>Never throws for provider failures: the chain ends in an offline responder that always answers.</summary>
    /// <exception cref="ArgumentException">The message is invalid (empty text, no contact).</exception>
    Task<AgentReply> ReplyAsync(IncomingMessage message, CancellationToken cancellationToken = default);
}
