namespace WhatStyle.Tools.Stickers;

/// <summary>One sticker the owner sent to one contact.</summary>
public sealed record StickerUse(string ContactId, string StickerId, DateTimeOffset SentAt);
