namespace WhatStyle.WhatsAppBridge.Storage.State;

/// <summary>bridge.db's <c>inbox_dead_letters</c>.</summary>
internal sealed class LiteInboxDeadLetterRecords(BridgeDatabase database) : IInboxDeadLetterRecords
{
    public InboxDeadLetter? Find(string id) => database.InboxDeadLetters.FindById(id);

    // Check-and-insert: set aside by the inbox processor's one thread, inside its transaction.
    public bool TryInsert(InboxDeadLetter deadLetter)
    {
        if (database.InboxDeadLetters.FindById(deadLetter.Id) is not null)
        {
            return false;
        }

        database.InboxDeadLetters.Insert(deadLetter);
        return true;
    }

    public IReadOnlyList<InboxDeadLetter> All() => [.. database.InboxDeadLetters.FindAll().OrderBy(d => d.DeadAtMs)];

    public int Count() => database.InboxDeadLetters.Count();

    public bool Delete(string id) => database.InboxDeadLetters.Delete(id);
}
