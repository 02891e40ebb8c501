using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WhatStyle.Tools.Stickers;

namespace WhatStyle.Tools.Tests.Stickers;

/// <summary>The shipped starter pack as the tests' output folder holds it (copied there by the Tools project).</summary>
internal static class StarterPack
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "stickers");

    public static StickerCatalog Catalog(string? userPacksDirectory = null) =>
        new(Options.Create(new StickerOptions { UserPacksDirectory = userPacksDirectory }), NullLogger<StickerCatalog>.Instance);
}
