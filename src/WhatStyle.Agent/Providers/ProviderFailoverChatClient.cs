using System.Collections.Concurrent;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

// FailoverChatClient is experimental (MEAI001); the package version is pinned centrally, so an API change shows up at upgrade.
#pragma warning disable MEAI001

namespace WhatStyle.Agent.Providers;

/// <summary>
/// The provider chain: Microsoft.Extensions.AI's <see cref="FailoverChatClient"/> (which owns the attempt loop and
/// streaming commitment) with what it lacks: providers skipped when unconfigured, unreachable, cooling down or
/// disabled; errors classified into cooldown (Retry-After honoured), disabling (401/403) or plain failover; a
/// per-attempt timeout inside an overall deadline; tool-loop stickiness; and a specific exception when nothing answered.
/// </summary>
/// <remarks>
/// Each provider is tried at most once per model call. A FunctionInvokingChatClient belongs ABOVE this client: each of
/// its iterations is one call here, and the affinity of tool-call ids brings the loop back to the provider that began it.
/// </remarks>
internal sealed class ProviderFailoverChatClient : FailoverChatClient
{
    private readonly IReadOnlyList<ChainProvider> providers;
    private readonly ProviderHealthTracker health;
    private readonly ToolCallAffinity affinity;
    /// <summary>Less time than this left before the deadline starts no further attempt.</summary>
    private static readonly TimeSpan MinimumAttempt = TimeSpan.FromMilliseconds(250);

    private readonly TimeSpan deadline;
    private readonly TimeProvider timeProvider;
    private readonly ILogger logger;
    private readonly IReadOnlyList<string> secrets;
    private readonly ConcurrentDictionary<RoutingContext, ChainRequest> requests = new(ReferenceEqualityComparer.Instance);
    private const string NothingAnswered = "No provider could answer.";
    private readonly List<IDisposable> owned;
    private int disposed;

    public ProviderFailoverChatClient(
        IReadOnlyList<ChainProvider> providers,
        ProviderChainOptions options,
        ProviderHealthTracker health,
        TimeProvider timeProvider,
        ILogger logger,
        IEnumerable<IDisposable>? owned = null)
    {
        ArgumentNullException.ThrowIfNull(providers);
        ArgumentNullException.ThrowIfNull(options);
        this.providers = providers;
        this.health = health;
        this.timeProvider = timeProvider;
        this.logger = logger;
        affinity = new ToolCallAffinity(timeProvider);
        deadline = TimeSpan.FromSeconds(options.DeadlineSeconds);
        secrets = providers.Select(provider => provider.Settings.ApiKey).OfType<string>().ToList();
        this.owned = owned?.ToList() ?? [];
    }

    public IReadOnlyList<ChainProvider> Providers => providers;

    public ProviderHealthTracker Health => health;

    protected override async ValueTask<IChatClient> SelectClientAsync(RoutingContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var now = timeProvider.GetUtcNow();
        var request = requests.GetOrAdd(context, _ => new ChainRequest(
            now,
            providers.FirstOrDefault(provider => provider.Settings.SkipReason is null)?.Name,
            affinity.Find(context.Messages)));

        // An attempt timed out by the deadline ends on a timer whose clock is not the one measured here, so a few
        // milliseconds may seem left: too little for any provider to answer, so starting one would only spend a
        // request and hide that the deadline ran out.
        var remaining = deadline - (now - request.StartedAt);
        if (remaining < MinimumAttempt)
        {
            throw Exhausted(request, $"The provider chain's deadline of {deadline.TotalSeconds:0}s ran out.");
        }

        foreach (var provider in Candidates(request))
        {
            if (!request.TryConsider(provider.Name))
            {
                continue;
            }

            var reason = provider.Settings.SkipReason ?? health.UnavailableReason(provider.Name);
            if (reason is null && provider.Probe is not null)
            {
                reason = await provider.Probe(cancellationToken);
            }

            if (reason is not null)
            {
                request.Report(new ProviderAttemptReport(provider.Name, $"skipped: {reason}"));
                continue;
            }

            var timeout = provider.Settings.Timeout < remaining ? provider.Settings.Timeout : remaining;
            return new ProviderAttemptChatClient(provider, timeout, request, affinity, timeProvider);
        }

        throw Exhausted(request, NothingAnswered);
    }

    protected override ValueTask OnRoutingUpdateAsync(
        RoutingContext context,
        FailoverChatClientAttempt? attempt,
        bool isTerminal,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (attempt?.Client is ProviderAttemptChatClient client && requests.TryGetValue(context, out var request))
        {
            var name = client.Provider.Name;
            if (attempt.Exception is null)
            {
                health.RecordSuccess(name);
                if (request.PreferredProvider != name)
                {
                    logger.LogInformation("Provider {Provider} answered as a fallback.", name);
                }
            }
            else if (!(attempt.Exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
            {
                // A cancellation by the caller says nothing about the provider's health.
                var failure = ProviderErrorClassifier.Classify(name, attempt.Exception, timeProvider.GetUtcNow(), secrets);
                health.RecordFailure(failure);
                request.Report(new ProviderAttemptReport(name, $"failed: {failure.Kind}{Status(failure)}: {failure.Message}", failure));
            }
        }

        if (isTerminal)
        {
            requests.TryRemove(context, out _);
        }

        return ValueTask.CompletedTask;
    }

    protected override void Dispose(bool disposing)
    {
        // The chain is registered both plainly and keyed, so the container may dispose it twice.
        if (disposing && Interlocked.Exchange(ref disposed, 1) == 0)
        {
            foreach (var provider in providers)
            {
                provider.Client.Dispose();
            }

            foreach (var disposable in owned)
            {
                disposable.Dispose();
            }
        }

        base.Dispose(disposing);
    }

    private static string Status(ProviderFailure failure) => failure.StatusCode is { } status ? $" (HTTP {status})" : "";

    private IEnumerable<ChainProvider> Candidates(ChainRequest request)
    {
        if (request.StickyProvider is { } sticky && providers.FirstOrDefault(provider => provider.Name == sticky) is { } first)
        {
            yield return first;
        }

        foreach (var provider in providers)
        {
            yield return provider;
        }
    }

    private ProviderChainExhaustedException Exhausted(ChainRequest request, string message)
    {
        var exception = new ProviderChainExhaustedException(message, request.Reports);

        // Running with no provider configured (the offline demo) is normal, not worth a warning on every reply.
        var level = exception.Reasons.Any(reason => reason.Attempted) || message != NothingAnswered ? LogLevel.Warning : LogLevel.Information;
        logger.Log(level, "Provider chain exhausted: {Reasons}", exception.Message);
        return exception;
    }
}
