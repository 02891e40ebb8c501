namespace WhatStyle.Agent.Providers;

/// <summary>Why one provider did not answer a request: skipped (with the reason) or failed (with the failure).</summary>
/// <param name="Provider">The provider.</param>
/// <param name="Reason">A short, secret-free reason.</param>
/// <param name="Failure">The classified failure when the provider was tried and failed; null when it was skipped.</param>
public sealed record ProviderAttemptReport(string Provider, string Reason, ProviderFailure? Failure = null)
{
    /// <summary>Whether the provider was actually called.</summary>
    public bool Attempted => Failure is not null;

    /// <summary>"provider: reason".</summary>
    public override string ToString() => $"{Provider}: {Reason}";
}
