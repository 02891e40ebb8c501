using Microsoft.Extensions.Options;
using WhatStyle.WhatsAppBridge.Channels.Cloud;
using WhatStyle.WhatsAppBridge.Channels.Evolution;
using WhatStyle.WhatsAppBridge.Channels.Personal;
using WhatStyle.WhatsAppBridge.Channels.Waha;
using WhatStyle.WhatsAppBridge.Configuration;
using WhatStyle.WhatsAppBridge.Sending;
using WhatStyle.WhatsAppBridge.Webhooks;

namespace WhatStyle.WhatsAppBridge.Channels;

/// <summary>Registers and maps the one channel <c>WhatsApp:Channel</c> names; only its webhook endpoint exists.</summary>
internal static class ChannelHostingExtensions
{
    public static ChannelKind ActiveChannel(IConfiguration configuration)
    {
        var options = new WhatsAppOptions();
        configuration.GetSection(WhatsAppOptions.SectionName).Bind(options);
        // An unknown name is reported by the WhatsApp options validation at start; until then the default stands.
        return options.Kind ?? ChannelKind.Cloud;
    }

    public static IHostApplicationBuilder AddWhatsAppChannel(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddSingleton<ChannelSession>();
        services.AddSingleton<HumanPacing>();
        // Replaced below by a channel that can map hidden ids (LIDs) to phone numbers.
        services.AddSingleton<IPhoneNumberLookup, NoPhoneNumberLookup>();
        switch (ActiveChannel(builder.Configuration))
        {
            case ChannelKind.Waha:
                services.AddOptions<WahaOptions>().BindConfiguration(WahaOptions.SectionName).ValidateOnStart();
                services.AddSingleton<IValidateOptions<WahaOptions>, ChannelOptionsValidator>();
                services.AddSingleton<IWebhookParser, WahaWebhookParser>();
                services.AddSingleton<IChannelSender>(sp => ActivatorUtilities.CreateInstance<WahaChannel>(sp, EngineClient()));
                services.AddSingleton<IPhoneNumberLookup>(sp => ActivatorUtilities.CreateInstance<WahaPhoneNumbers>(sp));
                services.AddHostedService(sp => ActivatorUtilities.CreateInstance<WahaSessionSetup>(sp));
                services.AddSingleton<ISessionQr>(sp => ActivatorUtilities.CreateInstance<WahaQr>(sp));
                break;
            case ChannelKind.Evolution:
                services.AddOptions<EvolutionOptions>().BindConfiguration(EvolutionOptions.SectionName).ValidateOnStart();
                services.AddSingleton<IValidateOptions<EvolutionOptions>, ChannelOptionsValidator>();
                services.AddSingleton<IWebhookParser, EvolutionWebhookParser>();
                services.AddSingleton<IChannelSender>(sp => ActivatorUtilities.CreateInstance<EvolutionChannel>(sp, EngineClient()));
                services.AddSingleton<ISessionQr>(sp => ActivatorUtilities.CreateInstance<EvolutionQr>(sp));
                break;
            default:
                services.AddSingleton(sp => new GraphApiClient(
                    new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) }) { Timeout = TimeSpan.FromSeconds(30) },
                    sp.GetRequiredService<IOptions<WhatsAppOptions>>(),
                    sp.GetRequiredService<TimeProvider>()));
                services.AddSingleton<MediaCache>();
                services.AddSingleton<CloudChannel>();
                services.AddSingleton<IWebhookParser>(sp => sp.GetRequiredService<CloudChannel>());
                services.AddSingleton<IChannelSender>(sp => sp.GetRequiredService<CloudChannel>());
                break;
        }

        return builder;
    }

    public static IEndpointRouteBuilder MapChannelWebhook(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return ActiveChannel(app.Configuration) switch
        {
            ChannelKind.Waha => app.MapWahaWebhook(),
            ChannelKind.Evolution => app.MapEvolutionWebhook(),
            _ => app.MapWebhookApi(),
        };
    }

    // The typing time runs inside the request's task, not the HTTP call, so 30 s stays the bound of one call.
    private static HttpClient EngineClient() =>
        new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) }) { Timeout = TimeSpan.FromSeconds(30) };
}
