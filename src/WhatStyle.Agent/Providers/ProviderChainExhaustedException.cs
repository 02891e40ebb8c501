namespace WhatStyle.Agent.Providers;

/// <summary>
/// Thrown by the provider chain when no provider could answer: each was skipped, unavailable or failed, or the
/// deadline ran out. The reply agent catches it and answers with its offline responder. Holds no secrets.
/// </summary>
public sealed class ProviderChainExhaustedException : Exception
{
    public ProviderChainExhaustedException()
        : this("No provider could answer.", [])
    {
    }

    public ProviderChainExhaustedException(string message)
        : this(message, [])
    {
    }

    public ProviderChainExhaustedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Reasons = [];
    }

    public ProviderChainExhaustedException(string message, IReadOnlyList<ProviderAttemptReport> reasons, Exception? innerException = null)
        : base(Describe(message, reasons), innerException)
    {
        Reasons = reasons;
    }

    /// <summary>Why each provider did not answer, in chain order.</summary>
    public IReadOnlyList<ProviderAttemptReport> Reasons { get; }

    private static string Describe(string message, IReadOnlyList<ProviderAttemptReport> reasons) =>
        reasons.Count == 0 ? message : $"{message} {string.Join("; ", reasons)}";
}
