namespace WhatStyle.WhatsAppBridge.Storage.Postgres.Adoption;

/// <summary>
/// A chat from bridge.db meeting the same chat already on PostgreSQL (another bridge of the account got there first, or a
/// resumed copy meets its own row): pending when either has messages pending, due at the later burst window, so the
/// newest message still gets its whole window; the owner's last write is the latest either saw.
/// </summary>
internal static class ChatMerge
{
    /// <param name="existing">The row on PostgreSQL, or null.</param>
    /// <param name="adopted">The chat from bridge.db.</param>
    /// <param name="anyPending">Whether PostgreSQL (after the messages were copied) holds a pending message of the chat.</param>
    public static ChatRecord Of(ChatRecord? existing, ChatRecord adopted, bool anyPending)
    {
        ArgumentNullException.ThrowIfNull(adopted);
        // Pending only if a pending message is there to answer: a message PostgreSQL already had (handled there) keeps
        // its state, and a chat marked pending for it would be claimed for nothing.
        var adoptedPending = adopted.HasPending && anyPending;
        var merged = new ChatRecord
        {
            Id = adopted.Id,
            IsGroup = existing?.IsGroup ?? adopted.IsGroup,
            HasPending = (existing?.HasPending ?? false) || adoptedPending,
            DueAtMs = (existing, adoptedPending) switch
            {
                (null, _) => adopted.DueAtMs,
                ({ HasPending: true }, true) => Math.Max(existing.DueAtMs, adopted.DueAtMs),
                ({ HasPending: true }, false) => existing.DueAtMs,
                (_, true) => adopted.DueAtMs,
                _ => Math.Max(existing.DueAtMs, adopted.DueAtMs),
            },
            OwnerWroteAtMs = Latest(existing?.OwnerWroteAtMs, adopted.OwnerWroteAtMs),
        };
        merged.DueKey = merged.HasPending ? merged.DueAtMs : long.MaxValue;
        return merged;
    }

    private static long? Latest(long? a, long? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);
}
