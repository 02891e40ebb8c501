using System.Text.RegularExpressions;

namespace WhatStyle.Tools.Import;

/// <summary>
/// The timestamp that starts a message line in a WhatsApp "Export chat" file, with the date still in raw parts
/// (day/month order is decided for the whole file by <see cref="DateOrderInference"/>).
/// </summary>
/// <param name="Part1">First date number as written.</param>
/// <param name="Part2">Second date number.</param>
/// <param name="Part3">Third date number.</param>
/// <param name="Hour">Hour as written (1-12 with <paramref name="Meridiem"/>).</param>
/// <param name="Minute">Minute.</param>
/// <param name="Second">Second (0 when absent).</param>
/// <param name="Meridiem">"am", "pm" or null for a 24 h clock.</param>
/// <param name="Bracketed">iOS style "[date, time] author: text".</param>
/// <param name="Rest">Everything after the timestamp: "author: text" or a system text.</param>
internal sealed partial record ExportHeader(int Part1, int Part2, int Part3, int Hour, int Minute, int Second, string? Meridiem, bool Bracketed, string Rest)
{
    /// <summary>Reads a line's leading timestamp, or null when the line continues the previous message.</summary>
    public static ExportHeader? TryParse(string line)
    {
        var match = HeaderPattern().Match(line);
        if (!match.Success)
        {
            return null;
        }

        var meridiem = match.Groups["ampm"].Success
            ? (char.ToLowerInvariant(match.Groups["ampm"].Value[0]) == 'a' ? "am" : "pm")
            : null;
        return new ExportHeader(
            Number(match, "d1"),
            Number(match, "d2"),
            Number(match, "d3"),
            Number(match, "h"),
            Number(match, "m"),
            match.Groups["s"].Success ? Number(match, "s") : 0,
            meridiem,
            match.Groups["open"].Success,
            match.Groups["rest"].Value);
    }

    /// <summary>True when the year comes first ("2018/06/13").</summary>
    public bool YearFirst => Part1 > 31;

    private static int Number(Match match, string group) =>
        int.Parse(match.Groups[group].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);

    // Android: "31/12/2023, 21:40 - Alice: hi", "1/4/23, 7:02 PM - …", "3/6/2018 1:55 p. m. - …", "13.6.2018 klo 21.25.15 - …".
    // iOS:     "[31/12/2023, 21:41:05] Alice: hi", "‎[12/31/23, 9:41:30 PM] …". Spaces may be U+00A0 or U+202F.
    [GeneratedRegex(
        @"^[\u200E\u200F\u202A-\u202E\uFEFF]*(?<open>\[)?(?<d1>\d{1,4})[-/.]\s?(?<d2>\d{1,2})[-/.]\s?(?<d3>\d{2,4})\.?,?\s+(?:klo\s+)?(?<h>\d{1,2})[.:](?<m>\d{2})(?:[.:](?<s>\d{2}))?(?:\s?(?<ampm>[aApP]\.?\s?[mM]\.?))?(?(open)\]\s|(?:\s[-–]\s|:\s))(?<rest>.*)$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex HeaderPattern();
}
