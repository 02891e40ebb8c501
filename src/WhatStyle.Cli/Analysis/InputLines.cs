using System.Globalization;
using System.Text;
using System.Text.Json;
using WhatStyle.Tools.Text;

namespace WhatStyle.Cli.Analysis;

/// <summary>How <c>analyze --input</c> reads a line: plain text, or a JSONL object with "text" (and an optional "id").</summary>
internal static class InputLines
{
    /// <summary>The message on <paramref name="line"/>, or null for a blank line (skipped).</summary>
    /// <exception cref="UserErrorException">Binary input, or a JSON object without a string "text".</exception>
    public static InputMessage? Read(string line, int lineNumber, int maxLength = TextLimits.MaxMessageLength)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return null;
        }

        if (line.Contains('\0', StringComparison.Ordinal))
        {
            throw new UserErrorException(Inv($"line {lineNumber} contains a NUL byte: the input looks binary; analyze reads UTF-8 text, one message per line or JSONL."));
        }

        var (text, id) = TextAndId(line, lineNumber);
        return Plain(text, lineNumber, maxLength) with { IdJson = id };
    }

    /// <summary>A message given as it is (<c>--text</c>), cut to the length limit when longer.</summary>
    public static InputMessage Plain(string text, int lineNumber, int maxLength = TextLimits.MaxMessageLength) =>
        text.Length > maxLength
            ? new InputMessage(lineNumber, Cut(text, maxLength), null, Truncated: true)
            : new InputMessage(lineNumber, text, null, Truncated: false);

    private static (string Text, byte[]? Id) TextAndId(string line, int lineNumber)
    {
        var trimmed = line.TrimStart();
        if (!trimmed.StartsWith('{'))
        {
            return (line, null);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(trimmed);
        }
        catch (JsonException)
        {
            // Not JSON after all: a message that happens to start with '{'.
            return (line, null);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("text", out var value) && value.ValueKind == JsonValueKind.String)
            {
                var id = root.TryGetProperty("id", out var idValue) ? Encoding.UTF8.GetBytes(idValue.GetRawText()) : null;
                return (value.GetString()!, id);
            }
        }

        throw new UserErrorException(Inv($"line {lineNumber}: JSON object without a string \"text\" field."));
    }

    /// <summary>Cuts at the limit without splitting a surrogate pair.</summary>
    private static string Cut(string text, int maxLength) =>
        char.IsHighSurrogate(text[maxLength - 1]) ? text[..(maxLength - 1)] : text[..maxLength];

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
