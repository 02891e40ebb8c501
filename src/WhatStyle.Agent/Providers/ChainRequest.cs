namespace WhatStyle.Agent.Providers;

/// <summary>The state of one model call through the chain: what was tried, why others were not, and the deadline.</summary>
internal sealed class ChainRequest(DateTimeOffset startedAt, string? preferredProvider, string? stickyProvider)
{
    private readonly Lock gate = new();
    private readonly HashSet<string> considered = new(StringComparer.Ordinal);
    private readonly List<ProviderAttemptReport> reports = [];

    public DateTimeOffset StartedAt { get; } = startedAt;

    /// <summary>The first usable provider by configuration; an answer from any other is a fallback.</summary>
    public string? PreferredProvider { get; } = preferredProvider;

    /// <summary>The provider that began the tool loop this call continues, if any.</summary>
    public string? StickyProvider { get; } = stickyProvider;

    public IReadOnlyList<ProviderAttemptReport> Reports
    {
        get
        {
            lock (gate)
            {
                return reports.ToList();
            }
        }
    }

    public IReadOnlyList<string> FailedProviders
    {
        get
        {
            lock (gate)
            {
                return reports.Where(report => report.Attempted).Select(report => report.Provider).ToList();
            }
        }
    }

    /// <summary>Marks the provider as considered; false when it already was during this call.</summary>
    public bool TryConsider(string provider)
    {
        lock (gate)
        {
            return considered.Add(provider);
        }
    }

    public void Report(ProviderAttemptReport report)
    {
        lock (gate)
        {
            reports.Add(report);
        }
    }
}
