using Microsoft.Extensions.Options;
using WhatStyle.WhatsAppBridge.Channels.Evolution;
using WhatStyle.WhatsAppBridge.Channels.Waha;

namespace WhatStyle.WhatsAppBridge.Channels;

/// <summary>Fails start-up with one message naming every missing setting of the active personal channel (never their values).</summary>
internal sealed class ChannelOptionsValidator : IValidateOptions<WahaOptions>, IValidateOptions<EvolutionOptions>
{
    public ValidateOptionsResult Validate(string? name, WahaOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Result("waha", options.Problems());
    }

    public ValidateOptionsResult Validate(string? name, EvolutionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Result("evolution", options.Problems());
    }

    private static ValidateOptionsResult Result(string channel, IReadOnlyList<string> problems) =>
        problems.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"The WhatsApp bridge's {channel} channel is not configured: {string.Join(", ", problems)}. Set them in appsettings.json or as " +
                "environment variables (e.g. Waha__BaseUrl); see docs/channels.md.");
}
