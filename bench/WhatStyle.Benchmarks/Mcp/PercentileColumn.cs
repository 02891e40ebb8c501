using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace WhatStyle.Benchmarks.Mcp;

/// <summary>A per-operation percentile column (BenchmarkDotNet ships P50/P95 but no P99).</summary>
internal sealed class PercentileColumn(int percentile) : IColumn
{
    public string Id => $"P{percentile}";
    public string ColumnName => $"P{percentile}";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Statistics;
    public int PriorityInCategory => percentile;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Time;
    public string Legend => $"{percentile}th percentile of all measurements";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        if (statistics is null)
        {
            return "NA";
        }

        var nanoseconds = statistics.Percentiles.Percentile(percentile);
        return $"{nanoseconds / 1_000_000:0.000} ms";
    }

    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
