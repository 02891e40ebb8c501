using System.ComponentModel;
using System.Text.Json;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using WhatStyle.Mcp.Results;
using WhatStyle.Mcp.Tools;
using WhatStyle.Tools.Serialization;
using WhatStyle.Tools.Stickers;

namespace WhatStyle.Mcp.Resources;

/// <summary>The sticker catalogue and each sticker's WebP image as resources.</summary>
[McpServerResourceType]
internal sealed class StickerResources(IStickerCatalog catalog)
{
    public const string CatalogUri = "whatstyle://stickers";
    public const string ImageTemplate = "whatstyle://stickers/{id}";

    [McpServerResource(UriTemplate = CatalogUri, Name = "sticker_catalog", Title = "Sticker catalogue", MimeType = "application/json")]
    [Description("Every sticker the owner can send, with its emotions, moments, suitable relationships and the URI of its image.")]
    public string Catalog() =>
        JsonSerializer.Serialize(new StickerCatalogView([.. catalog.All.Select(StickerView.From)]), WhatStyleJson.Options);

    [McpServerResource(UriTemplate = ImageTemplate, Name = "sticker_image", Title = "Sticker image", MimeType = StickerImages.MimeType)]
    [Description("The sticker's WebP image (512x512), as WhatsApp receives it.")]
    public async Task<BlobResourceContents> ImageAsync(
        RequestContext<ReadResourceRequestParams> context,
        [Description("The sticker id from whatstyle://stickers, e.g. \"hug-warm\".")] string id,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Owner-pack ids contain "/" ("pack/heart"), which travels percent-encoded in the URI.
        var sticker = catalog.Find(id) ?? catalog.Find(Uri.UnescapeDataString(id)) ?? throw ResourceErrors.NotFound(
            context, "No sticker has that id. Read whatstyle://stickers for the list.");
        var bytes = await StickerImages.ReadAsync(sticker, cancellationToken);
        return BlobResourceContents.FromBytes(bytes, context.Params.Uri, StickerImages.MimeType);
    }
}
