namespace WhatStyle.WhatsAppBridge.Storage.State;

/// <summary>bridge.db's <c>messages</c>; the wamid is the unique <c>_id</c>.</summary>
internal sealed class LiteMessageRecords(BridgeDatabase database) : IMessageRecords
{
    public MessageRecord? Find(string id) => database.Messages.FindById(id);

    // Check-and-insert: the inbox processor is the only writer of messages, on one thread, so nothing comes in between.
    public bool TryInsert(MessageRecord record)
    {
        if (database.Messages.FindById(record.Id) is not null)
        {
            return false;
        }

        database.Messages.Insert(record);
        return true;
    }

    public void Update(MessageRecord record) => database.Messages.Update(record);

    public IReadOnlyList<MessageRecord> PendingIn(string chat) =>
        [.. database.Messages.Find(m => m.Chat == chat && m.State == MessageState.Pending)];

    public bool AnyPendingIn(string chat) => database.Messages.Exists(m => m.Chat == chat && m.State == MessageState.Pending);

    public IReadOnlyList<MessageRecord> Unlearned(int max) =>
        [.. database.Messages.Find(m => m.LearnQueue == "owner").OrderBy(m => m.TimestampMs).Take(max)];

    public IReadOnlyList<MessageRecord> InState(MessageState state) => [.. database.Messages.Find(m => m.State == state)];

    public int Count(MessageState state) => database.Messages.Count(m => m.State == state);
}
