namespace WhatStyle.WhatsAppBridge.Storage.State;

/// <summary>bridge.db's <c>chats</c>, read through the <see cref="ChatRecord.DueKey"/> index.</summary>
internal sealed class LiteChatRecords(BridgeDatabase database) : IChatRecords
{
    public ChatRecord? Find(string id) => database.Chats.FindById(id);

    public bool LeasesClaims => false;

    public TimeSpan? ClaimLease => null;

    /// <summary>One bridge owns bridge.db: a claim never runs out, so there is nothing to extend.</summary>
    public int RenewClaims() => 0;

    public void Upsert(ChatRecord record) => database.Chats.Upsert(record);

    public void Update(ChatRecord record) => database.Chats.Update(record);

    public IReadOnlyList<ChatRecord> ClaimDue(long nowMs, int max) =>
        [.. database.Chats.Query().Where(c => c.DueKey <= nowMs).OrderBy(c => c.DueKey).Limit(max).ToEnumerable().Where(c => c.HasPending)];

    public void Release(string id)
    {
    }
}
