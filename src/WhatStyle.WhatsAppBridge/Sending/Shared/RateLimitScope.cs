using WhatStyle.Hosting.Redis;
using WhatStyle.WhatsAppBridge.Channels;
using WhatStyle.WhatsAppBridge.Channels.Evolution;
using WhatStyle.WhatsAppBridge.Channels.Waha;
using WhatStyle.WhatsAppBridge.Configuration;

namespace WhatStyle.WhatsAppBridge.Sending.Shared;

/// <summary>
/// Whose limits a shared rate limit counts: the account the bridge sends as (the Cloud API's phone number id, the WAHA
/// session, the Evolution instance). Bridges sending as one account share its limits; bridges of two numbers sharing
/// one Redis do not.
/// </summary>
internal sealed record RateLimitScope(string KeyPrefix)
{
    public static RateLimitScope From(IConfiguration configuration)
    {
        var account = ChannelHostingExtensions.ActiveChannel(configuration) switch
        {
            ChannelKind.Waha => "waha:" + (configuration[$"{WahaOptions.SectionName}:{nameof(WahaOptions.Session)}"] is { Length: > 0 } session ? session : "default"),
            ChannelKind.Evolution => "evolution:" + configuration[$"{EvolutionOptions.SectionName}:{nameof(EvolutionOptions.Instance)}"],
            _ => "cloud:" + configuration[$"{WhatsAppOptions.SectionName}:{nameof(WhatsAppOptions.PhoneNumberId)}"],
        };
        return new RateLimitScope($"{RedisConnection.KeyPrefix}rate:{account}:");
    }

    public string Bucket => KeyPrefix + "bucket";

    public string Recipient(string recipient) => KeyPrefix + "to:" + recipient;
}
