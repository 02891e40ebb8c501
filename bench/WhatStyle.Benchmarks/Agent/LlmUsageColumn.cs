using System.Text.Json;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace WhatStyle.Benchmarks.Agent;

/// <summary>
/// Shows the LLM calls and prompt tokens per reply. The benchmark process writes them to a file per scenario (they
/// are deterministic, unlike time); the column, in the host process, reads them back.
/// </summary>
internal sealed class LlmUsageColumn(string header, Func<LlmUsage, string> value) : IColumn
{
    public static string FileFor(string scenario) => Path.Combine(Path.GetTempPath(), $"whatstyle-bench-agent-{scenario}.json");

    public string Id => $"{nameof(LlmUsageColumn)}.{header}";

    public string ColumnName => header;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => $"{header} per reply (fake model; prompt tokens estimated at 4 characters per token, tool schemas included)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var scenario = benchmarkCase?.Parameters["Scenario"]?.ToString() ?? "?";
        var path = FileFor(scenario);
        return File.Exists(path) && JsonSerializer.Deserialize<LlmUsage>(File.ReadAllText(path)) is { } usage ? value(usage) : "?";
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}

/// <summary>What one reply cost in model usage.</summary>
internal sealed record LlmUsage(int LlmCalls, long PromptTokens, int ToolCalls);
