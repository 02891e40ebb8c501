namespace WhatStyle.Tools.Memory;

/// <summary>
/// Imported history waiting for its vector of meaning: an import stores exchanges with the lexical vector only (so it
/// stays fast), and this embeds them afterwards, in the background in the hosts that keep running (the bridge, the MCP
/// HTTP server) or at once with <c>whatstyle memory embed</c>. Retrieval compares waiting exchanges by wording meanwhile.
/// </summary>
public interface IEmbeddingBacklog
{
    /// <summary>Per conversation with exchanges: how many carry a vector of the current model, and how many wait.</summary>
    Task<IReadOnlyList<ConversationEmbeddings>> StatusAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Embeds every waiting exchange, newest first within each conversation, in small batches, each stored before the
    /// next: a stop (or a crash) loses at most the batch at hand, and a later pass starts where this one stopped and never
    /// embeds an exchange again. Returns how many were embedded.
    /// </summary>
    Task<int> EmbedPendingAsync(IProgress<EmbeddingProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>The running or last pass in this process (for a host's health report); <see cref="EmbeddingProgress.Idle"/> before the first.</summary>
    EmbeddingProgress Progress { get; }
}
