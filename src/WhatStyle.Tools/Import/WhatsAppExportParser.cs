using System.Text.RegularExpressions;

namespace WhatStyle.Tools.Import;

/// <summary>
/// Reads a WhatsApp "Export chat" text file (Android and iOS, 12 h and 24 h clocks, any locale's date order).
/// Lines without a timestamp continue the previous message; lines it cannot read are reported, never fatal.
/// </summary>
public static partial class WhatsAppExportParser
{
    /// <summary>Parses the lines of an export.</summary>
    public static ExportParseResult Parse(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var entries = new List<Entry>();
        var unreadable = new List<UnreadableLine>();
        var lineNumber = 0;
        foreach (var raw in lines)
        {
            lineNumber++;
            var line = lineNumber == 1 ? raw.TrimStart('\uFEFF') : raw;
            if (ExportHeader.TryParse(line) is { } header)
            {
                entries.Add(new Entry(lineNumber, header, [header.Rest]));
            }
            else if (entries.Count > 0)
            {
                entries[^1].Lines.Add(line);
            }
            else if (line.Length > 0)
            {
                unreadable.Add(new UnreadableLine(lineNumber, line));
            }
        }

        var dayFirst = DateOrderInference.DayFirst([.. entries.Select(e => e.Header)]);
        var messages = new List<ParsedMessage>(entries.Count);
        var system = new List<SystemLine>();
        foreach (var entry in entries)
        {
            if (ToDateTime(entry.Header, dayFirst) is not { } timestamp)
            {
                unreadable.Add(new UnreadableLine(entry.LineNumber, string.Join('\n', entry.Lines)));
                continue;
            }

            var body = string.Join('\n', entry.Lines).TrimEnd('\n', '\r');
            if (SplitAuthor(body, entry.Header.Bracketed) is { } authored)
            {
                var (text, kind, edited) = MessageBody.Classify(authored.Text);
                messages.Add(new ParsedMessage(entry.LineNumber, timestamp, authored.Author, text, kind, edited));
            }
            else
            {
                system.Add(new SystemLine(entry.LineNumber, timestamp, MessageBody.StripMarks(body).Trim()));
            }
        }

        unreadable.Sort((a, b) => a.LineNumber.CompareTo(b.LineNumber));
        return new ExportParseResult(messages, system, unreadable, dayFirst);
    }

    /// <summary>Parses a file (UTF-8, with or without BOM).</summary>
    public static ExportParseResult ParseFile(string path) => Parse(File.ReadLines(path));

    /// <summary>The group name a system line announces ("X created group "Y"", "X changed the subject to "Y""), normalised; or null.</summary>
    public static string? GroupNameFrom(SystemLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var match = GroupNamePattern().Match(line.Text);
        return match.Success && Contacts.DisplayNameNormalizer.Normalize(match.Groups["name"].Value) is { Length: > 0 } name ? name : null;
    }

    private static (string Author, string Text)? SplitAuthor(string body, bool bracketed)
    {
        var separator = body.IndexOf(": ", StringComparison.Ordinal);
        if (separator <= 0 || separator > 80 || body.IndexOf('\n', StringComparison.Ordinal) is var newline && newline >= 0 && newline < separator)
        {
            return null;
        }

        // The author as the owner will see it: the export keeps whatever marks and controls the name had on the phone.
        var author = Contacts.DisplayNameNormalizer.Normalize(body[..separator]);
        var text = body[(separator + 2)..];

        // "Alice changed the subject to "Plans: June"" has a colon but no author: names do not hold quotes.
        if (author.Length == 0 || author.IndexOfAny(['"', '“', '”', '„']) >= 0)
        {
            return null;
        }

        // iOS writes system lines as if the chat were the author, marked with U+200E: "Trip 2024: ‎Alice added Bob".
        if (bracketed && text.StartsWith('\u200E') && SystemPattern().IsMatch(MessageBody.StripMarks(text)))
        {
            return null;
        }

        return (author, text);
    }

    private static DateTime? ToDateTime(ExportHeader header, bool dayFirst)
    {
        var (year, month, day) = header.YearFirst
            ? (header.Part1, header.Part2, header.Part3)
            : dayFirst
                ? (DateOrderInference.Year(header.Part3), header.Part2, header.Part1)
                : (DateOrderInference.Year(header.Part3), header.Part1, header.Part2);
        var hour = header.Meridiem switch
        {
            "am" => header.Hour == 12 ? 0 : header.Hour,
            "pm" => header.Hour == 12 ? 12 : header.Hour + 12,
            _ => header.Hour,
        };
        if (header.Meridiem is not null && header.Hour is < 1 or > 12)
        {
            return null;
        }

        if (month is < 1 or > 12 || day < 1 || year is < 1990 or > 2200 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || header.Minute > 59 || header.Second > 59)
        {
            return null;
        }

        return new DateTime(year, month, day, hour, header.Minute, header.Second, DateTimeKind.Unspecified);
    }

    [GeneratedRegex(@"(end-to-end encrypted|created group|changed the subject|changed this group's icon|changed the group description|security code|joined using|added|removed|left$|now an admin|changed their phone number|disappearing messages|Ende-zu-Ende|verschlüsselt|hat die Gruppe|cifrados de extremo a extremo|creó el grupo)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SystemPattern();

    [GeneratedRegex(@"(created group|changed the subject (from .+ )?to|hat die Gruppe|creó el grupo)\s*[""“„«](?<name>[^""”“»]+)[""”“»]", RegexOptions.CultureInvariant)]
    private static partial Regex GroupNamePattern();

    private sealed record Entry(int LineNumber, ExportHeader Header, List<string> Lines);
}
