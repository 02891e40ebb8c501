namespace WhatStyle.Tools.Stickers;

/// <summary>Which stickers the owner sent to whom: the source of habits and of the no-repeat rule.</summary>
public interface IStickerHistory
{
    Task RecordAsync(StickerUse use, CancellationToken cancellationToken = default);

    /// <summary>The latest stickers sent to a contact, newest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<StickerUse>> RecentAsync(string contactId, int limit, CancellationToken cancellationToken = default);
}
