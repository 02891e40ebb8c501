using System.Globalization;
using System.Text.Json;

namespace WhatStyle.Mcp.Tools;

/// <summary>Checks each argument's JSON type against the tool's input schema, before the binder sees it.</summary>
/// <remarks>
/// The binder's own failure for <c>{"text": 5}</c> reached the model as "An error occurred invoking 'analyze_tone'",
/// which names neither the argument nor what was wrong, so the model could not correct its call.
/// </remarks>
internal static class ArgumentTypes
{
    /// <summary>The first argument whose value the schema does not allow, described for the model; null when all fit.</summary>
    public static string? Problem(IDictionary<string, JsonElement> arguments, JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object || !schema.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var (name, value) in arguments)
        {
            if (!properties.TryGetProperty(name, out var property) || property.ValueKind != JsonValueKind.Object
                || !property.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
            {
                continue;
            }

            var expected = type.GetString();
            // Null is how clients leave an optional argument out; a required one missing is reported before this.
            if (value.ValueKind == JsonValueKind.Null || Fits(value, expected))
            {
                continue;
            }

            var what = property.TryGetProperty("description", out var description) && description.ValueKind == JsonValueKind.String
                ? " " + description.GetString()
                : string.Empty;
            return $"'{name}' must be {Article(expected)}, not {Describe(value)}.{what}";
        }

        return null;
    }

    private static bool Fits(JsonElement value, string? expected) => expected switch
    {
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        // The binder reads numbers written as strings too ("5"), so those fit.
        "integer" => value.ValueKind == JsonValueKind.Number ? value.TryGetInt64(out _) : value.ValueKind == JsonValueKind.String && long.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out _),
        "number" => value.ValueKind == JsonValueKind.Number || (value.ValueKind == JsonValueKind.String && double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out _)),
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        _ => true,
    };

    private static string Article(string? type) => type switch
    {
        "integer" => "an integer (a whole number)",
        "object" or "array" => $"an {type}",
        _ => $"a {type}",
    };

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "the number " + Shorten(value.GetRawText()),
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        _ => value.ValueKind.ToString().ToLowerInvariant(),
    };

    // Values are untrusted input: echo only a short one.
    private static string Shorten(string value) => value.Length <= 20 ? value : value[..20] + "…";
}
