using System.Globalization;

namespace WhatStyle.WhatsAppBridge.Tests.Support;

/// <summary>Reads sample values out of the Prometheus text at /metrics.</summary>
internal static class Prometheus
{
    /// <summary>
    /// Every value of the metric named <paramref name="name"/> (any labels). Other bridges running in the same test process
    /// export the same names, so callers ask whether any value matches, not for the only one.
    /// </summary>
    public static IReadOnlyList<double> Values(string text, string name) =>
        [.. text.Split('\n')
            .Where(line => line.StartsWith(name + "{", StringComparison.Ordinal) || line.StartsWith(name + " ", StringComparison.Ordinal))
            .Select(line => double.Parse(line[(line.LastIndexOf('}') + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture))];
}
