using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using WhatStyle.Mcp.Resources;
using WhatStyle.Tools.Stickers;

namespace WhatStyle.Mcp.Completions;

/// <summary>Suggests sticker ids for the <c>id</c> of the sticker image template (<c>whatstyle://stickers/{id}</c>).</summary>
internal static class StickerCompletions
{
    public static bool Handles(CompleteRequestParams request) =>
        request.Argument?.Name == "id"
        && request.Ref is ResourceTemplateReference { Uri: StickerResources.ImageTemplate };

    public static CompleteResult Complete(RequestContext<CompleteRequestParams> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var catalog = context.Services?.GetService<IStickerCatalog>();
        if (catalog is null || context.Params is null)
        {
            return new CompleteResult();
        }

        var typed = context.Params.Argument.Value?.Trim() ?? string.Empty;
        return CompletionValues.From(
            catalog.All.Select(s => s.Id).Where(id => id.Contains(typed, StringComparison.OrdinalIgnoreCase)),
            typed);
    }
}
