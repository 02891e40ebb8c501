using WhatStyle.Agent.Providers;
using WhatStyle.Agent.Replies;

namespace WhatStyle.WhatsAppBridge.Health;

/// <summary>
/// Whether any configured provider can answer. Providers turned off or without a key are not counted (answering from the
/// offline responder is then the owner's choice); when every counted one is cooling down, disabled, unreachable or
/// failing since its last success, replies come from the offline responder and health says so. Another agent (the echo
/// agent, tests): nothing to judge.
/// </summary>
internal sealed class ProviderWatch(IServiceProvider services)
{
    private volatile string? _failing;

    /// <summary>The last reading: why no provider can answer, or null.</summary>
    public string? Failing => _failing;

    /// <summary>Reads the chain's status (may probe Ollama briefly; cached by the chain).</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        // Judged only when the WhatStyle agent answers: another agent (echo, a test's) does not use the chain.
        if (services.GetService<IReplyAgent>() is not ReplyAgent || services.GetService<IProviderChainStatus>() is not { } chain)
        {
            return;
        }

        var counted = (await chain.GetStatusAsync(cancellationToken))
            .Where(s => s.Enabled && (!s.RequiresApiKey || s.ApiKeySet))
            .ToList();
        _failing = counted.Count > 0 && counted.All(s => !s.Usable || s.Health.ConsecutiveFailures > 0)
            ? "every provider is cooling down or failing (" + string.Join("; ", counted.Select(Describe)) + "); replies come from the offline responder"
            : null;
    }

    private static string Describe(ProviderStatus status) =>
        $"{status.Name}: {status.SkipReason ?? status.Health.LastFailure?.Kind.ToString() ?? "failing"}";
}
