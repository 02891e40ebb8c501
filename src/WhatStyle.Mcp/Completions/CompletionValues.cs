using ModelContextProtocol.Protocol;

namespace WhatStyle.Mcp.Completions;

/// <summary>Builds a completion from candidate values: those starting with what was typed first, at most 100.</summary>
internal static class CompletionValues
{
    /// <summary>The protocol caps a completion at 100 values.</summary>
    private const int MaxValues = 100;

    public static CompleteResult From(IEnumerable<string> candidates, string typed)
    {
        var values = candidates
            .Distinct(StringComparer.OrdinalIgnoreCase)
            // Values that start with what was typed come first; the sources also match inside values.
            .OrderBy(v => v.StartsWith(typed, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(v => v, StringComparer.OrdinalIgnoreCase)
            .ToList();

        return new CompleteResult
        {
            Completion = new Completion
            {
                Values = [.. values.Take(MaxValues)],
                Total = values.Count,
                HasMore = values.Count > MaxValues,
            },
        };
    }
}
