using WhatStyle.Hosting.Redis;
using WhatStyle.WhatsAppBridge.Channels;

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
        var account = ChannelAccount.Of(configuration);
        return new RateLimitScope($"{RedisConnection.KeyPrefix}rate:{account}:");
    }

    public string Bucket => KeyPrefix + "bucket";

    public string Recipient(string recipient) => KeyPrefix + "to:" + recipient;
}
