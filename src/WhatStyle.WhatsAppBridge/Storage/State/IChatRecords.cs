namespace WhatStyle.WhatsAppBridge.Storage.State;

/// <summary>Chats and their burst windows (<see cref="ChatRecord.DueKey"/>).</summary>
internal interface IChatRecords
{
    ChatRecord? Find(string id);

    void Upsert(ChatRecord record);

    void Update(ChatRecord record);

    /// <summary>
    /// Chats due at <paramref name="nowMs"/> (earliest first) that this bridge may answer now. PostgreSQL leases each
    /// one to this bridge (a chat leased to another live bridge is skipped; an expired lease is taken over), so one
    /// process answers a chat at a time; LiteDB's one process needs no lease.
    /// </summary>
    IReadOnlyList<ChatRecord> ClaimDue(long nowMs, int max);

    /// <summary>
    /// True when a claimed chat stays leased to this bridge until released, so <see cref="ClaimDue"/> never returns the
    /// chats it is answering (PostgreSQL); false when it returns them again while they are still due (LiteDB).
    /// </summary>
    bool LeasesClaims { get; }

    /// <summary>Gives up the claim on a chat this bridge has finished (or will not start) answering.</summary>
    void Release(string id);

    /// <summary>How long a claim lasts unless renewed (PostgreSQL); null where claims do not run out (LiteDB).</summary>
    TimeSpan? ClaimLease { get; }

    /// <summary>Extends every claim this bridge holds by a whole <see cref="ClaimLease"/>; returns how many it extended.</summary>
    int RenewClaims();
}
