namespace WhatStyle.Tools.Stickers;

/// <summary>The moments stickers are sent for, as they appear in manifests and <see cref="Sticker.Moments"/>.</summary>
public static class StickerMoments
{
    public const string Comfort = "comfort";
    public const string Hug = "hug";
    public const string Laughter = "laughter";
    public const string Love = "love";
    public const string Congratulations = "congratulations";
    public const string Thanks = "thanks";
    public const string GoodLuck = "good-luck";
    public const string GoodNight = "good-night";
    public const string Sorry = "sorry";
    public const string Excitement = "excitement";
    public const string Surprise = "surprise";
    public const string Agreement = "agreement";
    public const string MissingYou = "missing-you";

    /// <summary>Romantic: only ever sent to a partner, whatever a manifest says.</summary>
    public const string Romance = "romance";

    /// <summary>
    /// Moments tied to a situation the emotion alone cannot reveal (bedtime, being apart): a sticker whose moments
    /// are all of these is chosen only when the request names one of them.
    /// </summary>
    public static IReadOnlyList<string> OnRequestOnly { get; } = [GoodNight, MissingYou];

    /// <summary>Every known moment; manifests may use others, but these are the ones the selector reasons about.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Comfort, Hug, Laughter, Love, Congratulations, Thanks, GoodLuck, GoodNight, Sorry, Excitement, Surprise,
        Agreement, MissingYou, Romance,
    ];
}
