namespace WhatStyle.Tools.Stickers;

/// <summary>Chooses a sticker that fits the moment and the recipient, or none (a sticker is optional).</summary>
public interface IStickerSelector
{
    /// <summary>The best sticker, or null when none fits.</summary>
    Task<Sticker?> SelectAsync(StickerRequest request, CancellationToken cancellationToken = default);

    /// <summary>Remembers that a sticker was sent to a contact, so habits are learned and it is not repeated next time.</summary>
    Task RecordSentAsync(string contactId, string stickerId, CancellationToken cancellationToken = default);
}
