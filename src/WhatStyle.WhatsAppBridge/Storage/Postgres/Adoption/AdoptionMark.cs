using LiteDB;

namespace WhatStyle.WhatsAppBridge.Storage.Postgres.Adoption;

/// <summary>
/// Written into bridge.db once its state (messages, chats, outbox, statuses, the inbox position) has been copied into
/// PostgreSQL: the copy never runs twice, and a bridge started on this data directory with Storage:Provider = litedb
/// refuses to start (<see cref="AdoptedStateGuard"/>) instead of answering and sending from a copy PostgreSQL has moved past.
/// </summary>
internal sealed class AdoptionMark
{
    /// <summary>The collection in bridge.db; one document.</summary>
    public const string CollectionName = "postgres_adoption";

    private const string OnlyId = "bridge-state";

    [BsonId]
    public string Id { get; set; } = OnlyId;

    /// <summary>The account (<see cref="Channels.ChannelAccount"/>) whose bridge_* rows received the copy.</summary>
    public string Account { get; set; } = "";

    /// <summary>The <see cref="BridgeHolder"/> of this data directory, whose inbox position was copied.</summary>
    public string Holder { get; set; } = "";

    public long AdoptedAtMs { get; set; }

    public long Messages { get; set; }

    public long Chats { get; set; }

    public long Outbox { get; set; }

    public long Statuses { get; set; }

    public long DeadLetters { get; set; }

    public static AdoptionMark? Find(BridgeDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return database.Database.GetCollection<AdoptionMark>(CollectionName).FindById(OnlyId);
    }

    public static void Write(BridgeDatabase database, AdoptionMark mark)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(mark);
        mark.Id = OnlyId;
        database.Database.GetCollection<AdoptionMark>(CollectionName).Upsert(mark);
    }
}
