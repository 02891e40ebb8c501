using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace WhatStyle.Tools.Serialization;

/// <summary>The one JSON shape WhatStyle speaks everywhere: camelCase names, enums as camelCase strings.</summary>
public static class WhatStyleJson
{
    /// <summary>Options for output other tools read (CLI <c>--json</c>, JSONL, MCP structured content).</summary>
    public static JsonSerializerOptions Options { get; } = Create(indented: false);

    /// <summary>The same, indented for people.</summary>
    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    /// <summary>How enum values are named when they carry no <see cref="JsonStringEnumMemberNameAttribute"/>.</summary>
    private static JsonNamingPolicy EnumNaming => JsonNamingPolicy.CamelCase;

    /// <summary>The name <paramref name="value"/> has in this JSON: its <see cref="JsonStringEnumMemberNameAttribute"/>, else camelCase.</summary>
    /// <remarks>
    /// For writers that spell enums themselves (bulk <c>analyze</c>): asking the serializer instead builds its
    /// reflection metadata and an enum converter per type, tens of milliseconds of a short-lived process's start.
    /// Tests hold it to the serializer's output for every member of the public enums.
    /// </remarks>
    public static string EnumName<T>(T value)
        where T : struct, Enum
    {
        var name = Enum.GetName(value) ?? throw new ArgumentOutOfRangeException(nameof(value), value, "Not a named member.");
        return typeof(T).GetField(name)?.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? EnumNaming.ConvertName(name);
    }

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = indented,
            // Accents and other BMP text stay readable. System.Text.Json still escapes characters outside the
            // BMP (most emoji) as surrogate pairs such as \uD83D\uDE18: valid JSON that every reader decodes.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(EnumNaming));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
