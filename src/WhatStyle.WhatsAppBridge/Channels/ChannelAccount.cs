using WhatStyle.WhatsAppBridge.Channels.Evolution;
using WhatStyle.WhatsAppBridge.Channels.Waha;
using WhatStyle.WhatsAppBridge.Configuration;

namespace WhatStyle.WhatsAppBridge.Channels;

/// <summary>
/// The account a bridge sends as, as <c>&lt;channel&gt;:&lt;account&gt;</c>: the Cloud API's phone number id, the WAHA
/// session, the Evolution instance. What bridges share is scoped by it: the rate limits in Redis, the bridge's state in
/// PostgreSQL (bridges of two numbers on one database never answer each other's chats).
/// </summary>
internal static class ChannelAccount
{
    public static string Of(IConfiguration configuration) => ChannelHostingExtensions.ActiveChannel(configuration) switch
    {
        ChannelKind.Waha => "waha:" + (configuration[$"{WahaOptions.SectionName}:{nameof(WahaOptions.Session)}"] is { Length: > 0 } session ? session : "default"),
        ChannelKind.Evolution => "evolution:" + configuration[$"{EvolutionOptions.SectionName}:{nameof(EvolutionOptions.Instance)}"],
        _ => "cloud:" + configuration[$"{WhatsAppOptions.SectionName}:{nameof(WhatsAppOptions.PhoneNumberId)}"],
    };
}
