using System.Globalization;
using ModelContextProtocol;

namespace WhatStyle.Mcp.Tools;

/// <summary>Argument checks shared by the tools. Each failure is an <see cref="McpException"/> whose message tells the calling model what to fix.</summary>
internal static class ToolArguments
{
    /// <summary>Longest text a tool accepts; WhatsApp itself caps messages at 65,536 characters.</summary>
    public const int MaxTextLength = 65_536;

    public static string RequireText(string? text, string name)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new McpException($"'{name}' is empty. Pass the message text to work on.");
        }

        if (text.Length > MaxTextLength)
        {
            throw new McpException($"'{name}' is {text.Length} characters long; the limit is {MaxTextLength}. Pass a shorter text.");
        }

        return text;
    }

    public static string RequireContact(string? contact)
    {
        if (string.IsNullOrWhiteSpace(contact))
        {
            throw new McpException("'contact' is empty. Pass a contact's name, alias, phone number or id (list_contacts shows them).");
        }

        if (contact.Length > 256)
        {
            throw new McpException("'contact' is too long. Pass a contact's name, alias, phone number or id.");
        }

        return contact.Trim();
    }

    /// <summary>A group chat's name or id: not blank, at most 256 characters.</summary>
    public static string RequireGroup(string? group)
    {
        if (string.IsNullOrWhiteSpace(group) || group.Length > 256)
        {
            throw new McpException("'group' must be a group chat's name or id (at most 256 characters), or omitted for a one-to-one chat.");
        }

        return group.Trim();
    }

    public static int Limit(int? value, string name, int fallback, int max)
    {
        if (value is null)
        {
            return fallback;
        }

        if (value < 1 || value > max)
        {
            throw new McpException($"'{name}' must be between 1 and {max}; got {value}.");
        }

        return value.Value;
    }

    public static double? Fraction(double? value, string name)
    {
        if (value is null)
        {
            return null;
        }

        if (double.IsNaN(value.Value) || value < 0 || value > 1)
        {
            throw new McpException($"'{name}' must be a number from 0 to 1; got {value.Value.ToString(CultureInfo.InvariantCulture)}.");
        }

        return value;
    }

    /// <summary>Parses an enum value case-insensitively; names only (numbers are refused so "3" never means "sibling").</summary>
    public static TEnum? OptionalEnum<TEnum>(string? value, string name)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        if (!char.IsAsciiDigit(trimmed[0]) && trimmed[0] != '-'
            && Enum.TryParse<TEnum>(trimmed.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var parsed)
            && Enum.IsDefined(parsed))
        {
            return parsed;
        }

        throw new McpException($"'{name}' has no value '{Shorten(trimmed)}'. Use one of: {Names<TEnum>()}.");
    }

    public static TEnum RequireEnum<TEnum>(string? value, string name)
        where TEnum : struct, Enum =>
        OptionalEnum<TEnum>(value, name)
        ?? throw new McpException($"'{name}' is missing. Use one of: {Names<TEnum>()}.");

    public static string? OptionalSetting(string? value, string name, int maxLength = 64)
    {
        if (value is null)
        {
            return null;
        }

        var trimmed = value.Trim();
        if (trimmed.Length == 0 || trimmed.Length > maxLength)
        {
            throw new McpException($"'{name}' must be 1 to {maxLength} characters; omit it to leave the setting unchanged.");
        }

        return trimmed;
    }

    public static DateTimeOffset? OptionalTimestamp(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            return parsed;
        }

        throw new McpException($"'{name}' is not a date and time. Use ISO 8601, e.g. 2026-05-01T18:30:00Z.");
    }

    public static string Names<TEnum>()
        where TEnum : struct, Enum =>
        string.Join(", ", Enum.GetNames<TEnum>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]));

    // Echoing a long untrusted value back would only give it a second chance to be read as instructions.
    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
