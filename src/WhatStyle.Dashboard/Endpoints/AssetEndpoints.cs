using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WhatStyle.Tools.Stickers;

namespace WhatStyle.Dashboard.Endpoints;

/// <summary>The stylesheet (embedded in the library: no static-files set-up, no CDN) and sticker images.</summary>
internal static class AssetEndpoints
{
    private static readonly Lazy<byte[]> Styles = new(() =>
    {
        using var stream = typeof(AssetEndpoints).Assembly.GetManifestResourceStream("WhatStyle.Dashboard.dashboard.css")
            ?? throw new InvalidOperationException("The dashboard's stylesheet is missing from its assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    public static void MapAssets(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(DashboardPaths.Styles, () => Results.Bytes(Styles.Value, "text/css; charset=utf-8"));
    }

    public static void MapStickers(this RouteGroupBuilder dashboard)
    {
        // Only stickers of the catalog, by id: the address never names a file.
        dashboard.MapGet("/stickers/{id}", (string id, IStickerCatalog catalog) =>
            catalog.Find(id) is { } sticker && File.Exists(sticker.FilePath)
                ? Results.File(sticker.FilePath, "image/webp")
                : Results.NotFound());
    }
}
