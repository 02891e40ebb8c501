using System.Globalization;
using Spectre.Console;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Cli.Commands;

/// <summary>Readable tables of tone readings for `whatstyle analyze`.</summary>
internal static class ToneTable
{
    public static void WriteDetail(TextWriter output, ToneAnalysis a)
    {
        var table = new Table().AddColumns("dimension", "reading", "why");
        Row(table, "sentiment", $"{Name(a.Sentiment.Label)} ({F(a.Sentiment.Score)})", Why(a, "sentiment"));
        var top = string.Join(", ", a.Emotion.Scores.OrderByDescending(p => p.Value).Take(3).Select(p => $"{Name(p.Key)} {F(p.Value)}"));
        Row(table, "emotion", $"{Name(a.Emotion.Label)} [{top}]", Why(a, "emotion"));
        Row(table, "intensity", F(a.Intensity), Why(a, "intensity"));
        Row(table, "formality", $"{Name(a.Formality.Label)} ({F(a.Formality.Score)})", Why(a, "formality"));
        Row(table, "urgency", $"{Name(a.Urgency.Label)} ({F(a.Urgency.Score)})", Why(a, "urgency"));
        Row(table, "sarcasm", $"{(a.Sarcasm.Detected ? "yes" : "no")} ({F(a.Sarcasm.Score)})", Why(a, "sarcasm"));
        Row(table, "needs support", a.NeedsSupport ? "yes" : "no", Why(a, "needsSupport"));
        Row(table, "caring", a.Caring ? "yes" : "no", Why(a, "caring"));
        Row(table, "language", a.Language, Why(a, "language"));
        Row(table, "emojis", (string.Join(" ", a.Emojis.Select(e => $"{e.Text} {e.Name} ({Name(e.Emotion)})"))), string.Empty);
        Row(table, "confidence", F(a.Confidence), string.Empty);
        Write(output, table);
    }

    public static void WriteSummary(TextWriter output, IReadOnlyList<ToneAnalysis> analyses)
    {
        var table = new Table().AddColumns("text", "sentiment", "emotion", "intensity", "formality", "urgency", "sarcasm", "support", "lang");
        foreach (var a in analyses)
        {
            var text = a.Text.Length > 40 ? a.Text[..40] + "…" : a.Text;
            Row(table, 
                (text),
                Name(a.Sentiment.Label),
                Name(a.Emotion.Label),
                F(a.Intensity),
                Name(a.Formality.Label),
                Name(a.Urgency.Label),
                a.Sarcasm.Detected ? "yes" : "no",
                a.NeedsSupport ? "yes" : "no",
                a.Language);
        }

        Write(output, table);
    }

    /// <summary>Cells as plain text: messages and cues contain '[' and emoji that are not Spectre markup.</summary>
    private static void Row(Table table, params string[] cells) => table.AddRow(cells.Select(c => new Text(c)));

    private static void Write(TextWriter output, Table table)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        console.Profile.Width = Math.Max(console.Profile.Width, 140);
        console.Write(table);
    }

    private static string Why(ToneAnalysis a, string dimension) =>
        (string.Join(", ", a.Cues.Where(c => c.Dimension == dimension).Take(4).Select(c => c.Signal)));

    private static string Name<T>(T value)
        where T : struct, Enum => JsonNamingPolicyName(value.ToString());

    private static string JsonNamingPolicyName(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
