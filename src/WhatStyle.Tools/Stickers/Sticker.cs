using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Tools.Stickers;

/// <summary>A sticker WhatsApp accepts (WebP, 512×512, at most 100 KB) and what it is for.</summary>
/// <param name="Id">Stable id, e.g. "hug-warm".</param>
/// <param name="Emoji">The emoji it stands for.</param>
/// <param name="Description">What it shows, for people and models.</param>
/// <param name="Emotions">Emotions it suits.</param>
/// <param name="Moments">Moments it is sent for: comfort, hug, laughter, love, congratulations, thanks, good-luck, good-night, sorry, excitement, surprise, agreement, missing-you.</param>
/// <param name="Relationships">Relationships it suits; a romantic sticker never lists parent, colleague, manager or client.</param>
/// <param name="Intensity">How strong it is, 0..1.</param>
/// <param name="FilePath">Absolute path of the WebP file.</param>
/// <param name="Pack">"starter" or the name of an owner's pack.</param>
public sealed record Sticker(
    string Id,
    string Emoji,
    string Description,
    IReadOnlyList<Emotion> Emotions,
    IReadOnlyList<string> Moments,
    IReadOnlyList<Relationship> Relationships,
    double Intensity,
    string FilePath,
    string Pack);
