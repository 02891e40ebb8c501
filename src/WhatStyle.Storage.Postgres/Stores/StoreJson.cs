using System.Text.Json;
using System.Text.Json.Serialization;

namespace WhatStyle.Storage.Postgres.Stores;

/// <summary>
/// How the parts kept as jsonb (a contact's settings, a style learner's state, a retry item) are written: enum names
/// rather than numbers, so a reordered enum cannot change stored meaning; NaN and infinities survive as names.
/// </summary>
internal static class StoreJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.General)
    {
        Converters = { new JsonStringEnumConverter() },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new JsonException($"A stored {typeof(T).Name} is null.");
}
