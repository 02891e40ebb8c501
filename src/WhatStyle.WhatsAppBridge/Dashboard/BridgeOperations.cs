using Microsoft.Extensions.Options;
using WhatStyle.Agent.Providers;
using WhatStyle.Dashboard;
using WhatStyle.Dashboard.Bridge;
using WhatStyle.Tools.Storage;
using WhatStyle.Tools.Text;
using WhatStyle.WhatsAppBridge.Channels;
using WhatStyle.WhatsAppBridge.Configuration;
using WhatStyle.WhatsAppBridge.Poison;
using WhatStyle.WhatsAppBridge.Sending;

namespace WhatStyle.WhatsAppBridge.Dashboard;

/// <summary>The running bridge, as the dashboard sees it: its channel and session, provider health, dead letters.</summary>
internal sealed class BridgeOperations(
    DeadLetterActions deadLetters,
    IChannelSender channel,
    ChannelSession session,
    IOptions<WhatsAppOptions> whatsApp,
    IOptions<DashboardOptions> dashboard,
    Outbox outbox,
    TimeProvider time,
    IServiceProvider services,
    ILogger<BridgeOperations> logger) : IBridgeOperations
{
    public bool IsLive => true;

    public async Task<ChannelStatus> ChannelAsync(CancellationToken cancellationToken)
    {
        var (status, since) = session.Current();
        var note = !channel.IsPersonal ? "The Cloud API sends as long as its access token is valid."
            : status is null ? "The session has not reported its state yet; replies are sent until it reports a problem."
            : status == ChannelSession.Working ? "The session is working."
            : status == ChannelSession.ScanQrCode ? "The session needs its QR code scanned: link WhatsApp on your phone. Replies wait until then."
            : $"The session is {status}: replies wait in the outbox until it works again.";
        // Asked of the engine only while it waits for a scan, never kept: the QR rotates and is a credential.
        var qr = status == ChannelSession.ScanQrCode && services.GetService<ISessionQr>() is { } engine ? await engine.FetchAsync(cancellationToken) : null;
        if (status == ChannelSession.ScanQrCode && qr is null)
        {
            note += " The engine gave no QR just now: reload in a few seconds, or scan it from the engine's own dashboard.";
        }

        return new ChannelStatus(whatsApp.Value.Channel.ToLowerInvariant(), channel.IsPersonal, status, since, qr, note);
    }

    public async Task<IReadOnlyList<ProviderState>> ProvidersAsync(CancellationToken cancellationToken)
    {
        // The echo agent (Bridge:Agent=echo) has no provider chain.
        if (services.GetService<IProviderChainStatus>() is not { } chain)
        {
            return [];
        }

        return [.. (await chain.GetStatusAsync(cancellationToken)).Select(p => new ProviderState(p.Name, p.Configured, p.Usable, p.Health.CoolingDownUntil, p.Problem))];
    }

    public Task<IReadOnlyList<BridgeDeadLetter>> DeadLettersAsync(CancellationToken cancellationToken) => Task.FromResult(deadLetters.All());

    public async Task<string> ActOnDeadLetterAsync(string id, DeadLetterAction action, CancellationToken cancellationToken)
    {
        try
        {
            var applied = await deadLetters.ApplyAsync(id, action == DeadLetterAction.Retry, cancellationToken);
            logger.LogInformation("Dead letter {Id}: {Action} from the dashboard ({Outcome}).", id, action, applied ? "applied" : "not a dead letter any more");
            return applied ? $"Dead letter {id}: {EnumSpelling.Name(action)} applied." : $"{id} is not a dead letter any more.";
        }
        catch (RetryRefusedException ex)
        {
            return $"{id} {ex.Message}";
        }
    }

    public Task<bool> SendNoteToSelfAsync(string alertId, string text, CancellationToken cancellationToken)
    {
        if (dashboard.Value.OwnerNumber is not { Length: > 0 } owner)
        {
            return Task.FromResult(false);
        }

        // Exactly once, in order, within the rate limits: the outbox's id derives from the alert's, so a repeat stores nothing.
        outbox.AddNew(OutboxItems.Build($"note:{alertId}", owner.TrimStart('+'), isGroup: false, quote: null, text, stickerPath: null, time.GetUtcNow()));
        outbox.Notify();
        return Task.FromResult(true);
    }
}
