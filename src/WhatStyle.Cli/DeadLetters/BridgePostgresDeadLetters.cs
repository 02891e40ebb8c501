using System.Text.Json;
using Npgsql;
using WhatStyle.Storage.Postgres;
using WhatStyle.Tools.Storage;

namespace WhatStyle.Cli.DeadLetters;

/// <summary>
/// Reads the dead letters of the bridges on PostgreSQL (<c>Storage:Provider = postgres</c>) while no bridge runs with
/// this data directory: there, bridge.db no longer holds them. Every number on the database is listed (a bridge of each
/// number shows only its own; the CLI has no channel to tell which number it is). The documents are the bridge's
/// records as JSON, with the field names bridge.db uses (<see cref="BridgeFileDeadLetters"/>).
/// </summary>
internal static class BridgePostgresDeadLetters
{
    /// <exception cref="UserErrorException">The server cannot be reached or the bridge's tables cannot be read.</exception>
    public static IReadOnlyList<BridgeDeadLetter> Read(string connectionString)
    {
        try
        {
            using var source = PostgresConnectionSource.Create(connectionString);
            using var connection = source.Open();
            var letters = new List<BridgeDeadLetter>();
            ReadDocuments(connection, "SELECT id, doc FROM bridge_outbox WHERE state = @state", BridgeFiles.OutboxDeadLetterStateNumber,
                (id, d) => letters.Add(BridgeDeadLetter.FromOutbox(id, d.GetProperty("To").GetString()!, d.GetProperty("Kind").GetString()!, Text(d, "Text"),
                    d.GetProperty("Attempts").GetInt32(), Number(d, "LastErrorCode"), Text(d, "LastError"), d.GetProperty("CreatedAtMs").GetInt64())));
            ReadDocuments(connection, "SELECT id, doc FROM bridge_messages WHERE state = @state", BridgeFiles.MessageDeadLetterStateNumber,
                (id, d) => letters.Add(BridgeDeadLetter.FromIncoming(id, d.GetProperty("Chat").GetString()!, d.GetProperty("Type").GetString()!, Text(d, "Text"),
                    Number(d, "Attempts") ?? 0, Text(d, "Note"), d.GetProperty("ReceivedAtMs").GetInt64())));
            using (var inbox = new NpgsqlCommand("SELECT id, body, attempts, reason, received_at_ms, corrupt FROM bridge_inbox_dead_letters", connection))
            using (var reader = inbox.ExecuteReader())
            {
                while (reader.Read())
                {
                    letters.Add(BridgeDeadLetter.FromInbox(reader.GetString(0), reader.GetFieldValue<byte[]>(1), reader.GetInt32(2), reader.GetString(3),
                        reader.GetInt64(4), reader.GetBoolean(5)));
                }
            }

            return [.. letters.OrderBy(d => d.CreatedAt)];
        }
        catch (Exception ex) when (ex is NpgsqlException or StorageException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new UserErrorException($"Could not read the bridge's dead letters from PostgreSQL ({PostgresConnectionSource.Describe(ex) ?? ex.GetType().Name}).", ex);
        }
    }

    private static void ReadDocuments(NpgsqlConnection connection, string sql, short state, Action<string, JsonElement> add)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("state", state);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            using var document = JsonDocument.Parse(reader.GetString(1));
            add(reader.GetString(0), document.RootElement);
        }
    }

    private static string? Text(JsonElement document, string name) =>
        document.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Number(JsonElement document, string name) =>
        document.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;
}
