namespace WhatStyle.Tools.Stickers;

/// <summary>Renders the starter pack from its artwork, so anyone can rebuild the shipped stickers.</summary>
public interface IStarterPackBuilder
{
    /// <summary>
    /// Renders every entry of <c>&lt;outputDirectory&gt;/manifest.json</c> from the SVG files in
    /// <paramref name="sourceDirectory"/> into <paramref name="outputDirectory"/>. When the output folder has no
    /// manifest yet, the shipped starter manifest and licence are copied there first.
    /// </summary>
    Task<StickerBuildReport> BuildAsync(string sourceDirectory, string outputDirectory, CancellationToken cancellationToken = default);
}
