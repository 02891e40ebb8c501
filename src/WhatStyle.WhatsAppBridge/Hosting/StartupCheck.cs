using WhatStyle.Hosting;
using WhatStyle.Agent.Replies;

namespace WhatStyle.WhatsAppBridge.Hosting;

/// <summary>Fails start-up with a clear message when no reply agent is registered, instead of failing on the first message.</summary>
internal sealed class StartupCheck(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (services.GetService<IReplyAgent>() is null)
        {
            throw new HostStartupException(
                "No reply agent is registered. Build the bridge with the WhatStyle reply agent, or set Bridge__Agent=echo for diagnostics.");
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
