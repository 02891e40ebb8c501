namespace WhatStyle.WhatsAppBridge.Storage.State;

/// <summary>Inbox records set aside (<see cref="InboxDeadLetter"/>), kept until the owner retries or dismisses them.</summary>
internal interface IInboxDeadLetterRecords
{
    InboxDeadLetter? Find(string id);

    /// <summary>Stores a new dead letter; false when one with its id exists (never overwritten).</summary>
    bool TryInsert(InboxDeadLetter deadLetter);

    /// <summary>Every dead letter, oldest first.</summary>
    IReadOnlyList<InboxDeadLetter> All();

    int Count();

    bool Delete(string id);
}
