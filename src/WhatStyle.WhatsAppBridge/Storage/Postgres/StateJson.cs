using System.Text.Json;
using Npgsql;

namespace WhatStyle.WhatsAppBridge.Storage.Postgres;

/// <summary>The bridge's records as JSON text in their tables' <c>doc</c> column (enums as numbers, as the state columns).</summary>
internal static class StateJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General);

    public static string Write<T>(T record) => JsonSerializer.Serialize(record, Options);

    public static T Read<T>(string doc) => JsonSerializer.Deserialize<T>(doc, Options)
        ?? throw new InvalidDataException($"A stored {typeof(T).Name} is empty.");

    /// <summary>Reads the first column of every row as a record.</summary>
    public static List<T> ReadAll<T>(NpgsqlCommand command)
    {
        var result = new List<T>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result.Add(Read<T>(reader.GetString(0)));
        }

        return result;
    }

    public static T? ReadOne<T>(NpgsqlCommand command)
        where T : class =>
        command.ExecuteScalar() is string doc ? Read<T>(doc) : null;
}
