using WhatStyle.Hosting.Redis;

namespace WhatStyle.WhatsAppBridge.Sending.Shared;

/// <summary>Chooses where the send limits live: this process (the default) or Redis, shared by every bridge of the account.</summary>
internal static class SendLimitsServiceCollectionExtensions
{
    public static IServiceCollection AddSharedSendLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var scope = RateLimitScope.From(configuration);
        services.AddSingleton<IRecipientPacer>(sp => sp.GetService<RedisConnection>() is { } redis
            ? ActivatorUtilities.CreateInstance<RedisRecipientPacer>(sp, redis, scope, new RecipientPacer(sp.GetRequiredService<TimeProvider>()))
            : new RecipientPacer(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ISendThrottle>(sp => sp.GetService<RedisConnection>() is { } redis
            ? ActivatorUtilities.CreateInstance<RedisSendThrottle>(sp, redis, scope, new LocalSendThrottle(sp.GetRequiredService<TimeProvider>()))
            : new LocalSendThrottle(sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
