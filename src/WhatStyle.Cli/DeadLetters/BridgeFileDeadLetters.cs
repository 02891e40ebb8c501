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
    /// <returns>The dead letters; none when the bridge has never run with this data directory (no database yet).</returns>
    /// <exception cref="UserErrorException">The database cannot be read right now.</exception>
    /// <param name="path">bridge.db.</param>
    /// <param name="password">The storage password bridge.db is encrypted with, if any.</param>
    public static IReadOnlyList<BridgeDeadLetter> Read(string path, string? password = null)
    {
        if (!File.Exists(path))
        {
            // Nothing was ever given up on: an empty list, not an error (scripts run this before the first bridge start).
            return [];
        }

        try
        {
            using var database = new LiteDatabase(new ConnectionString
            {
                Filename = path,
                Connection = ConnectionType.Direct,
                ReadOnly = true,
                Password = string.IsNullOrEmpty(password) ? null : password,
            });
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

    private static BridgeDeadLetter FromOutbox(BsonDocument d) => BridgeDeadLetter.FromOutbox(
        d["_id"].AsString, d["To"].AsString, d["Kind"].AsString, Text(d["Text"]), d["Attempts"].AsInt32,
        d["LastErrorCode"].IsNull ? null : d["LastErrorCode"].AsInt32, Text(d["LastError"]), d["CreatedAtMs"].AsInt64);

    private static BridgeDeadLetter FromMessage(BsonDocument d) => BridgeDeadLetter.FromIncoming(
        d["_id"].AsString, d["Chat"].AsString, d["Type"].AsString, Text(d["Text"]),
        d["Attempts"].IsNull ? 0 : d["Attempts"].AsInt32, Text(d["Note"]), d["ReceivedAtMs"].AsInt64);

    private static BridgeDeadLetter FromInbox(BsonDocument d) => BridgeDeadLetter.FromInbox(
        d["_id"].AsString, d["Body"].AsBinary, d["Attempts"].AsInt32, Text(d["Reason"]), d["ReceivedAtMs"].AsInt64,
        d["Corrupt"].IsBoolean && d["Corrupt"].AsBoolean);

    private static string? Text(BsonValue value) => value.IsNull ? null : value.AsString;
}
