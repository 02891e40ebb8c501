using System.ComponentModel.DataAnnotations;
using LiteDB;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WhatStyle.Tools.Stickers.Rendering;

namespace WhatStyle.Tools.Stickers;

/// <summary>DI registration for the sticker catalogue, selector, history, packs and builder.</summary>
public static class StickersServiceCollectionExtensions
{
    /// <remarks>The sticker history lives in the shared <see cref="ILiteDatabase"/>, which <c>AddWhatStyleStorage</c> registers.</remarks>
    /// <param name="services">The container.</param>
    /// <param name="dataDirectory">The resolved data directory: owners' packs go to &lt;data-dir&gt;/stickers unless configured.</param>
    public static IServiceCollection AddStickers(this IServiceCollection services, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);

        services.AddOptions<StickerOptions>()
            .BindConfiguration(StickerOptions.SectionName)
            .PostConfigure(options => options.UserPacksDirectory = options.ResolveUserPacksDirectory(dataDirectory))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);

        // The catalogue logs packs it skips; AddLogging only fills in what the host has not registered.
        services.AddLogging();

        services.TryAddSingleton<StickerCatalog>();
        services.TryAddSingleton<IStickerCatalog>(sp => sp.GetRequiredService<StickerCatalog>());
        services.TryAddSingleton<IStickerHistory, LiteDbStickerHistory>();
        services.TryAddSingleton<IStickerSelector, StickerSelector>();
        services.TryAddSingleton<IStarterPackBuilder, StarterPackBuilder>();
        services.TryAddSingleton<IStickerPackInstaller, StickerPackInstaller>();
        return services;
    }
}
