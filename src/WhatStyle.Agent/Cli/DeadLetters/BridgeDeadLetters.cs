using LiteDB;

namespace WhatStyle.Agent.Cli.DeadLetters;

/// <summary>
/// The bridge's dead letters, for the owner: read from <c>&lt;data-dir&gt;/bridge.db</c> (read-only, so it works while the
/// bridge runs), changed through request files in <c>&lt;data-dir&gt;/bridge-requests/</c> that the bridge applies, because
/// the bridge owns bridge.db and is its only writer. The file names and the request format are the bridge's contract
/// (docs/bridge.md, "Dead letters").
/// </summary>
internal sealed class BridgeDeadLetters(string dataDirectory)
{
    public const string DatabaseFile = "bridge.db";
    public const string RequestsFolder = "bridge-requests";

    /// <summary>Dead letters, oldest first.</summary>
    /// <exception cref="UserErrorException">There is no bridge database, or it cannot be read right now.</exception>
    public IReadOnlyList<DeadLetter> List()
    {
        var path = Path.Combine(dataDirectory, DatabaseFile);
        if (!File.Exists(path))
        {
            throw new UserErrorException($"No bridge database at {path}: the WhatsApp bridge has not run with this data directory (--data-dir or WHATSTYLE_DATA_DIR).");
        }

        try
        {
            using var database = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct, ReadOnly = true });
            return [.. database.GetCollection("outbox").Find(Query.EQ("State", "DeadLetter"))
                .Select(ToDeadLetter)
                .OrderBy(d => d.CreatedAt)];
        }
        catch (Exception ex) when (ex is LiteException or IOException)
        {
            throw new UserErrorException($"Could not read {path} ({ex.Message}); if the bridge is busy, try again.", ex);
        }
    }

    /// <summary>Asks the bridge to retry (<c>retry</c>) or drop (<c>dismiss</c>) the dead letter <paramref name="id"/>.</summary>
    /// <returns>The request file written.</returns>
    public string Request(string action, string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        if (List().All(d => d.Id != id))
        {
            throw new UserErrorException($"No dead letter with id '{id}'; `whatstyle deadletters list` shows them.");
        }

        var folder = Path.Combine(dataDirectory, RequestsFolder);
        Directory.CreateDirectory(folder);
        var name = $"{DateTimeOffset.UtcNow.ToUnixTimeMilliseconds():D13}-{Guid.NewGuid():N}.json";
        var temporary = Path.Combine(folder, name + ".tmp");

        // Written aside and renamed, so the bridge never reads a half-written request.
        File.WriteAllText(temporary, System.Text.Json.JsonSerializer.Serialize(new { action, id }));
        var final = Path.Combine(folder, name);
        File.Move(temporary, final);
        return final;
    }

    private static DeadLetter ToDeadLetter(BsonDocument document) => new(
        document["_id"].AsString,
        document["To"].AsString,
        document["Kind"].AsString,
        document["Text"].IsNull ? null : document["Text"].AsString,
        document["Attempts"].AsInt32,
        document["LastErrorCode"].IsNull ? null : document["LastErrorCode"].AsInt32,
        document["LastError"].IsNull ? null : document["LastError"].AsString,
        DateTimeOffset.FromUnixTimeMilliseconds(document["CreatedAtMs"].AsInt64));
}
