namespace WhatStyle.Tools.Stickers;

/// <summary>Adds an owner's sticker pack (a folder with manifest.json and WebP files) to the catalogue.</summary>
public interface IStickerPackInstaller
{
    /// <summary>
    /// Checks every file the manifest lists, copies the good ones to &lt;data-dir&gt;/stickers/&lt;pack&gt;/ and refuses the
    /// bad ones with a reason. Nothing is written when no sticker is good.
    /// </summary>
    /// <param name="folder">The folder holding manifest.json and the WebP files.</param>
    /// <param name="packName">The pack's name; default: the manifest's "pack", else the folder's name.</param>
    /// <param name="replace">Replace an existing pack of that name instead of refusing.</param>
    /// <exception cref="InvalidDataException">The folder or its manifest cannot be read, or the pack exists and <paramref name="replace"/> is false.</exception>
    Task<StickerPackReport> AddAsync(string folder, string? packName = null, bool replace = false, CancellationToken cancellationToken = default);
}
