namespace WhatStyle.Tools.Takeovers;

/// <summary>
/// The chats the owner has taken over (the dashboard's takeover button). The bridge answers nobody in them, whatever the
/// contact's mode; handing back restores the mode as it was, since the mode itself is never changed.
/// </summary>
public interface ITakeovers
{
    /// <summary>Takes the chat over; taking it over again keeps the first time.</summary>
    Task<Takeover> TakeOverAsync(string contactId, CancellationToken cancellationToken = default);

    /// <summary>Hands the chat back; false when it was not taken over.</summary>
    Task<bool> HandBackAsync(string contactId, CancellationToken cancellationToken = default);

    /// <summary>The takeover of that contact's chat, or null.</summary>
    Task<Takeover?> FindAsync(string contactId, CancellationToken cancellationToken = default);

    /// <summary>Every chat taken over now.</summary>
    Task<IReadOnlyList<Takeover>> ListAsync(CancellationToken cancellationToken = default);
}
