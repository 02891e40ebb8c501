using System.Globalization;
using System.Text;
using WhatStyle.Tools.Text;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Dashboard.Data;

/// <summary>The analytics tables as CSV (RFC 4180: comma-separated, quoted where needed, CRLF line ends).</summary>
internal static class CsvTable
{
    public static readonly IReadOnlyList<string> Names = ["messages-per-day", "reply-latency", "who-answered", "providers", "tone-mix"];

    /// <returns>The CSV text, or null for an unknown table.</returns>
    public static string? Render(AnalyticsReport report, string name)
    {
        ArgumentNullException.ThrowIfNull(report);
        List<string[]>? rows = name switch
        {
            "messages-per-day" => [["day", "received", "sent"], .. report.PerDay.Select(d => new[] { d.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Number(d.Received), Number(d.Sent) })],
            "reply-latency" => [["who", "replies", "median_seconds", "p90_seconds"], .. report.Latency.Select(l => new[] { l.Who, Number(l.Replies), Seconds(l.Median), Seconds(l.P90) })],
            "who-answered" => [["who", "count", "share"], .. report.Answered.Select(s => new[] { s.Who, Number(s.Count), Rate(s.Share) })],
            "providers" => [["provider", "written", "sent", "fallbacks", "fallback_rate", "calls", "failed_calls", "failure_rate"],
                .. report.Providers.Select(p => new[] { p.Provider, Number(p.Written), Number(p.Sent), Number(p.Fallbacks), Rate(p.FallbackRate), Number(p.Calls), Number(p.FailedCalls), Rate(p.FailureRate) })],
            "tone-mix" => [["contact", "messages", .. EnumSpelling.Names<Emotion>()],
                .. report.ToneMix.Select(t => new[] { t.Contact, Number(t.Messages) }.Concat(Enum.GetValues<Emotion>().Select(e => Number(t.Emotions.GetValueOrDefault(e)))).ToArray())],
            _ => null,
        };
        if (rows is null)
        {
            return null;
        }

        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.Append(string.Join(',', row.Select(Field))).Append("\r\n");
        }

        return text.ToString();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Rate(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan value) => value.TotalSeconds.ToString("0", CultureInfo.InvariantCulture);

    /// <summary>Quotes a field with a comma, quote or line break; a leading = + - @ is quoted with a ' so spreadsheets do not run it as a formula.</summary>
    internal static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
