using System.Text;

namespace WhatStyle.Cli.Terminal;

/// <summary>
/// A plain text table for people: a header, a rule, then rows, columns padded by display width
/// (<see cref="CellWidth"/>) so emoji do not push a row out of line. Cells are written as given (no markup).
/// </summary>
internal sealed class TextTable(params string[] headers)
{
    private const string Gap = "  ";
    private readonly List<string[]> _rows = [];

    public TextTable AddRow(params string[] cells)
    {
        if (cells.Length != headers.Length)
        {
            throw new ArgumentException($"A row has {headers.Length} cells, not {cells.Length}.", nameof(cells));
        }

        // A cell is one line: line breaks inside a message would break the table.
        _rows.Add([.. cells.Select(c => c.ReplaceLineEndings(" "))]);
        return this;
    }

    public void Write(TextWriter output)
    {
        var widths = headers.Select(CellWidth.Of).ToArray();
        foreach (var row in _rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], CellWidth.Of(row[i]));
            }
        }

        output.WriteLine(Line(headers, widths));
        output.WriteLine(string.Join(Gap, widths.Select(w => new string('─', w))));
        foreach (var row in _rows)
        {
            output.WriteLine(Line(row, widths));
        }
    }

    private static string Line(string[] cells, int[] widths)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(Gap);
            }

            builder.Append(cells[i]);
            if (i < cells.Length - 1)
            {
                builder.Append(' ', widths[i] - CellWidth.Of(cells[i]));
            }
        }

        return builder.ToString().TrimEnd();
    }
}
