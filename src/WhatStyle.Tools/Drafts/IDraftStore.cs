namespace WhatStyle.Tools.Drafts;

/// <summary>Stores replies awaiting the owner's approval. Shared by the bridge, the CLI and the agent's retry queue.</summary>
public interface IDraftStore
{
    /// <summary>Stores a new draft; returns false (and changes nothing) when a draft with that id already exists.</summary>
    Task<bool> AddAsync(Draft draft, CancellationToken cancellationToken = default);

    /// <summary>The draft with that id, or null.</summary>
    Task<Draft?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Drafts with the given status (all when null), oldest first.</summary>
    Task<IReadOnlyList<Draft>> ListAsync(DraftStatus? status = null, CancellationToken cancellationToken = default);

    /// <summary>Approves a pending draft, optionally replacing its text.</summary>
    /// <exception cref="KeyNotFoundException">No draft has that id.</exception>
    /// <exception cref="InvalidOperationException">The draft is not pending.</exception>
    Task<Draft> ApproveAsync(string id, string? editedText = null, CancellationToken cancellationToken = default);

    /// <summary>Rejects a pending draft.</summary>
    /// <exception cref="KeyNotFoundException">No draft has that id.</exception>
    /// <exception cref="InvalidOperationException">The draft is not pending.</exception>
    Task<Draft> RejectAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Withdraws a pending draft the owner overtook by writing in the chat themselves.</summary>
    /// <exception cref="KeyNotFoundException">No draft has that id.</exception>
    /// <exception cref="InvalidOperationException">The draft is not pending.</exception>
    Task<Draft> WithdrawAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Marks an approved draft as handed to the sender. Idempotent for drafts already sent.</summary>
    Task MarkSentAsync(string id, CancellationToken cancellationToken = default);
}
