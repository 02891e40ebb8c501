using WhatStyle.Tools.Storage;

namespace WhatStyle.Dashboard.Bridge;

/// <summary>
/// What only the WhatsApp bridge knows or can do, for the dashboard: its channel, dead letters and provider health.
/// The bridge implements it live; <c>whatstyle dashboard</c> implements it over the data directory while no bridge runs.
/// </summary>
public interface IBridgeOperations
{
    /// <summary>Whether a bridge is running and acts on the dashboard's requests now (else they wait for it).</summary>
    bool IsLive { get; }

    /// <summary>The active channel and its session, as far as known; with the QR while a personal session needs scanning.</summary>
    Task<ChannelStatus> ChannelAsync(CancellationToken cancellationToken);

    /// <summary>Provider health in chain order; empty when unknown.</summary>
    Task<IReadOnlyList<ProviderState>> ProvidersAsync(CancellationToken cancellationToken);

    /// <summary>Every dead letter, oldest first.</summary>
    Task<IReadOnlyList<BridgeDeadLetter>> DeadLettersAsync(CancellationToken cancellationToken);

    /// <summary>Retries or dismisses one dead letter; returns what happened in one line for the owner.</summary>
    Task<string> ActOnDeadLetterAsync(string id, DeadLetterAction action, CancellationToken cancellationToken);

    /// <summary>
    /// Queues a note to the owner's own number (<see cref="DashboardOptions.OwnerNumber"/>) through the active channel,
    /// once per <paramref name="alertId"/>; false when there is no channel to send it (no bridge runs).
    /// </summary>
    Task<bool> SendNoteToSelfAsync(string alertId, string text, CancellationToken cancellationToken);
}
