using WhatStyle.Agent.Providers;
using WhatStyle.Cli.DeadLetters;
using WhatStyle.Dashboard.Bridge;
using WhatStyle.Tools.Storage;
using WhatStyle.Tools.Text;

namespace WhatStyle.Cli.Dashboard;

/// <summary>
/// The bridge as <c>whatstyle dashboard</c> sees it from the data directory: running or not (its lock file), its dead
/// letters (read from bridge.db while no bridge runs, else asked of the running bridge) and changes as request files the
/// bridge applies, now or when it next starts. Provider health is this process's view: configured or not.
/// </summary>
internal sealed class OfflineBridgeOperations(string dataDirectory, IProviderChainStatus providers, TimeProvider? time = null) : IBridgeOperations
{
    /// <summary>
    /// How long one look at the lock file stands: a page asks several times (frame, page, channel) and each look opens
    /// the file; a bridge starting or stopping shows on the next page.
    /// </summary>
    internal static readonly TimeSpan LiveFor = TimeSpan.FromSeconds(1);

    private readonly BridgeDeadLetters _deadLetters = new(dataDirectory, explicitUrl: null);
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly Lock _gate = new();
    private (bool Live, long At)? _lastLook;

    public bool IsLive
    {
        get
        {
            lock (_gate)
            {
                if (_lastLook is { } look && _time.GetElapsedTime(look.At) < LiveFor)
                {
                    return look.Live;
                }

                bool live;
                using (var held = BridgeLockFile.TryAcquire(dataDirectory))
                {
                    live = held is null;
                }

                _lastLook = (live, _time.GetTimestamp());
                return live;
            }
        }
    }

    public Task<ChannelStatus> ChannelAsync(CancellationToken cancellationToken) => Task.FromResult(Channel());

    private ChannelStatus Channel()
    {
        if (!IsLive)
        {
            return ChannelStatus.Offline("No bridge is running with this data directory: nothing is received or sent. Approved drafts are sent when it next runs.");
        }

        var url = BridgeLockFile.ReadAdminUrl(dataDirectory);
        return ChannelStatus.Offline(url is null
            ? "A bridge is running with this data directory; its own dashboard (/dashboard on its address) shows its channel and session."
            : $"A bridge is running with this data directory; its own dashboard at {new Uri(url, "/dashboard")} shows its channel and session.");
    }

    public async Task<IReadOnlyList<ProviderState>> ProvidersAsync(CancellationToken cancellationToken) =>
        [.. (await providers.GetStatusAsync(cancellationToken)).Select(p => new ProviderState(p.Name, p.Configured, p.Usable, p.Health.CoolingDownUntil, p.Problem))];

    public async Task<IReadOnlyList<BridgeDeadLetter>> DeadLettersAsync(CancellationToken cancellationToken)
    {
        try
        {
            return (await _deadLetters.ListAsync(cancellationToken)).Letters;
        }
        catch (UserErrorException)
        {
            // A bridge holds the lock but does not answer: the page shows none rather than fail.
            return [];
        }
    }

    public async Task<string> ActOnDeadLetterAsync(string id, DeadLetterAction action, CancellationToken cancellationToken)
    {
        try
        {
            await _deadLetters.RequestAsync(EnumSpelling.Name(action), id, cancellationToken);
            return $"{action} of {id} requested: the bridge applies it within a second while it runs, otherwise when it starts.";
        }
        catch (UserErrorException ex)
        {
            // No such dead letter (already handled), or the bridge did not answer: the owner reads why.
            return ex.Message;
        }
    }

    // Only a running bridge has a channel to send through.
    public Task<bool> SendNoteToSelfAsync(string alertId, string text, CancellationToken cancellationToken) => Task.FromResult(false);
}
