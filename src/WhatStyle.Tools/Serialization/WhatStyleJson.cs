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

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = indented,
            // Accents and other BMP text stay readable. System.Text.Json still escapes characters outside the
            // BMP (most emoji) as surrogate pairs such as \uD83D\uDE18: valid JSON that every reader decodes.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
