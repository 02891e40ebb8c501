using System.Globalization;
using System.Text.RegularExpressions;

namespace WhatStyle.Cli.DeadLetters;

/// <summary>Reads <c>--since</c>: a time (ISO 8601, UTC when no offset is given) or how long ago (<c>30m</c>, <c>6h</c>, <c>2d</c>).</summary>
internal static partial class DeadLetterSince
{
    public static bool TryParse(string text, DateTimeOffset now, out DateTimeOffset since)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ago = Ago().Match(text.Trim());
        if (ago.Success && int.TryParse(ago.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
        {
            since = ago.Groups[2].Value.ToLowerInvariant() switch
            {
                "m" => now.AddMinutes(-amount),
                "h" => now.AddHours(-amount),
                _ => now.AddDays(-amount),
            };
            return true;
        }

        return DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out since);
    }

    [GeneratedRegex(@"^(\d{1,6})\s*([mhdMHD])$")]
    private static partial Regex Ago();
}
