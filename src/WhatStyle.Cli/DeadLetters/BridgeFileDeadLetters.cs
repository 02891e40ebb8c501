using System.Text;
using LiteDB;
using WhatStyle.Tools.Storage;

namespace WhatStyle.Cli.DeadLetters;

/// <summary>
/// Reads the dead letters straight from <c>bridge.db</c>, read-only. Only while no bridge runs (the caller holds the
/// bridge's lock file): opening the file beside a live bridge's LiteDB writer is not safe (LiteDB issue #2815). Field
/// names are the bridge's stored ones (its OutboxItem, MessageRecord, InboxDeadLetter).
/// </summary>
internal static class BridgeFileDeadLetters
{
    /// <exception cref="UserErrorException">There is no bridge database, or it cannot be read right now.</exception>
    public static IReadOnlyList<BridgeDeadLetter> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new UserErrorException($"No bridge database at {path}: the WhatsApp bridge has not run with this data directory (--data-dir or WHATSTYLE_DATA_DIR).");
        }

        try
        {
            using var database = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct, ReadOnly = true });
            return [.. database.GetCollection("outbox").Find(Query.EQ("State", BridgeFiles.OutboxDeadLetterState)).Select(FromOutbox)
                .Concat(database.GetCollection("messages").Find(Query.EQ("State", BridgeFiles.MessageDeadLetterState)).Select(FromMessage))
                .Concat(database.GetCollection("inbox_dead_letters").FindAll().Select(FromInbox))
                .OrderBy(d => d.CreatedAt)];
        }
        catch (Exception ex) when (ex is LiteException or IOException)
        {
            throw new UserErrorException($"Could not read {path} ({ex.Message}); if the bridge is busy, try again.", ex);
        }
    }

    private static BridgeDeadLetter FromOutbox(BsonDocument d) => new(
        d["_id"].AsString, "outbox", d["To"].AsString, d["Kind"].AsString, Text(d["Text"]), d["Attempts"].AsInt32,
        d["LastErrorCode"].IsNull ? null : d["LastErrorCode"].AsInt32, Text(d["LastError"]), At(d["CreatedAtMs"]));

    private static BridgeDeadLetter FromMessage(BsonDocument d) => new(
        "incoming:" + d["_id"].AsString, "incoming", d["Chat"].AsString, d["Type"].AsString, Text(d["Text"]),
        d["Attempts"].IsNull ? 0 : d["Attempts"].AsInt32, null, Text(d["Note"]), At(d["ReceivedAtMs"]));

    private static BridgeDeadLetter FromInbox(BsonDocument d) => new(
        d["_id"].AsString, "inbox", "", "webhook", Encoding.UTF8.GetString(d["Body"].AsBinary), d["Attempts"].AsInt32, null,
        Text(d["Reason"]), At(d["ReceivedAtMs"]), d["Corrupt"].IsBoolean && d["Corrupt"].AsBoolean);

    private static string? Text(BsonValue value) => value.IsNull ? null : value.AsString;

    private static DateTimeOffset At(BsonValue unixMs) => DateTimeOffset.FromUnixTimeMilliseconds(unixMs.AsInt64);
}
