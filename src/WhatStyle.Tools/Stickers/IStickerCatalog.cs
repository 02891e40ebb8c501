namespace WhatStyle.Tools.Stickers;

/// <summary>The starter stickers plus every pack the owner added.</summary>
public interface IStickerCatalog
{
    IReadOnlyList<Sticker> All { get; }

    Sticker? Find(string id);
}
