using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Tools.Stickers;

/// <summary>What a sticker should fit.</summary>
/// <param name="Emotion">The emotion of the moment (usually the incoming message's).</param>
/// <param name="Relationship">Who receives it; unknown relationships get only stickers safe for anyone.</param>
/// <param name="Intensity">0..1; stickers close to it are preferred.</param>
/// <param name="ContactId">The recipient, to learn from and avoid repeating the owner's recent stickers.</param>
/// <param name="Moment">An optional moment (e.g. "congratulations") that narrows the choice.</param>
public sealed record StickerRequest(
    Emotion Emotion,
    Relationship? Relationship = null,
    double? Intensity = null,
    string? ContactId = null,
    string? Moment = null);
