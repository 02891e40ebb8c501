using LiteDB;
using WhatStyle.WhatsAppBridge.Inbox;

namespace WhatStyle.WhatsAppBridge.Storage;

/// <summary>
/// Brings a bridge.db written by an earlier version up to date at start-up: bodies still waiting in the old LiteDB
/// inbox move to the inbox log, and the index keys added later (<see cref="ChatRecord.DueKey"/>,
/// <see cref="OutboxItem.QueueKey"/>, <see cref="OutboxItem.WaitingFor"/>) are filled in where missing, without which
/// old pending chats and outbox items would never be found. Cheap when there is nothing to do.
/// </summary>
internal static class StorageUpgrade
{
    public static void Run(BridgeDatabase database, InboxLog log, Func<OutboxItem, OutboxItem> withKeys)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(withKeys);

        var legacyInbox = database.Raw("inbox");
        var waiting = legacyInbox.Query().OrderBy("_id").ToList();
        if (waiting.Count > 0)
        {
            // Appended (and fsynced) before they are deleted: a crash in between only means processing them twice.
            foreach (var document in waiting)
            {
                log.Append([document["Body"].AsBinary], document["ReceivedAtMs"].AsInt64);
            }

            database.DropCollection("inbox");
        }

        foreach (var chat in database.Chats.Find(Query.EQ(nameof(ChatRecord.DueKey), BsonValue.Null)).ToList())
        {
            chat.DueKey = chat.HasPending ? chat.DueAtMs : long.MaxValue;
            database.Chats.Update(chat);
        }

        foreach (var item in database.Outbox.Find(Query.EQ(nameof(OutboxItem.QueueKey), BsonValue.Null)).ToList())
        {
            database.Outbox.Update(withKeys(item));
        }
    }
}
