namespace WhatStyle.WhatsAppBridge.Storage.State;

/// <summary>Incoming messages, keyed by the channel's message id (the wamid): one record per id, whoever stores it.</summary>
internal interface IMessageRecords
{
    MessageRecord? Find(string id);

    /// <summary>Stores a new message; false when a record with its id exists (a duplicate delivery, maybe to another bridge).</summary>
    bool TryInsert(MessageRecord record);

    void Update(MessageRecord record);

    /// <summary>The chat's pending messages, in no particular order.</summary>
    IReadOnlyList<MessageRecord> PendingIn(string chat);

    bool AnyPendingIn(string chat);

    /// <summary>The owner's own messages not yet learned, oldest first.</summary>
    IReadOnlyList<MessageRecord> Unlearned(int max);

    /// <summary>Messages in <paramref name="state"/>, in no particular order.</summary>
    IReadOnlyList<MessageRecord> InState(MessageState state);

    int Count(MessageState state);
}
