namespace WhatStyle.Tools.Import;

/// <summary>
/// Decides whether a file writes day or month first. One line cannot tell ("1/4/23"); the whole file can: a number
/// over 12 settles it, else the order under which dates rarely go backwards, else the position that changes more
/// often is the day. Falls back to day first, the more common order worldwide.
/// </summary>
internal static class DateOrderInference
{
    public static bool DayFirst(IReadOnlyList<ExportHeader> headers)
    {
        var dated = headers.Where(h => !h.YearFirst).ToList();
        if (dated.Any(h => h.Part1 > 12))
        {
            return true;
        }

        if (dated.Any(h => h.Part2 > 12))
        {
            return false;
        }

        var dayFirstBackwards = Backwards(dated, dayFirst: true);
        var monthFirstBackwards = Backwards(dated, dayFirst: false);
        if (dayFirstBackwards != monthFirstBackwards)
        {
            return dayFirstBackwards < monthFirstBackwards;
        }

        int changes1 = 0, changes2 = 0;
        for (var i = 1; i < dated.Count; i++)
        {
            changes1 += dated[i].Part1 != dated[i - 1].Part1 ? 1 : 0;
            changes2 += dated[i].Part2 != dated[i - 1].Part2 ? 1 : 0;
        }

        return changes1 >= changes2;
    }

    private static int Backwards(List<ExportHeader> headers, bool dayFirst)
    {
        var count = 0;
        for (var i = 1; i < headers.Count; i++)
        {
            if (Ordinal(headers[i], dayFirst) < Ordinal(headers[i - 1], dayFirst))
            {
                count++;
            }
        }

        return count;
    }

    private static int Ordinal(ExportHeader header, bool dayFirst)
    {
        var (day, month) = dayFirst ? (header.Part1, header.Part2) : (header.Part2, header.Part1);
        return (Year(header.Part3) * 13 + month) * 32 + day;
    }

    public static int Year(int written) => written < 100 ? 2000 + written : written;
}
