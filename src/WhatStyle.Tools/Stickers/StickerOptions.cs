using System.ComponentModel.DataAnnotations;

namespace WhatStyle.Tools.Stickers;

/// <summary>Where sticker packs live and how the selector weighs its preferences (configuration section "Stickers").</summary>
public sealed class StickerOptions
{
    public const string SectionName = "Stickers";

    /// <summary>Folder of the starter pack (manifest.json plus WebP files). Default: "stickers" beside the application (AppContext.BaseDirectory), where the build copies it.</summary>
    public string? StarterPackDirectory { get; set; }

    /// <summary>Folder holding the owner's packs, one sub-folder each. Default: "&lt;data-dir&gt;/stickers".</summary>
    public string? UserPacksDirectory { get; set; }

    /// <summary>Weight of intensity closeness in the score (default 1).</summary>
    [Range(0, 10)]
    public double IntensityWeight { get; set; } = 1.0;

    /// <summary>Bonus when the request's emotion is the sticker's first (main) emotion (default 0.3).</summary>
    [Range(0, 10)]
    public double PrimaryEmotionWeight { get; set; } = 0.3;

    /// <summary>Weight of having sent this very sticker to the contact before (default 0.4, full after 3 sends).</summary>
    [Range(0, 10)]
    public double StickerHabitWeight { get; set; } = 0.4;

    /// <summary>Weight of the share of the contact's history spent on this sticker's moments (default 0.3).</summary>
    [Range(0, 10)]
    public double MomentHabitWeight { get; set; } = 0.3;

    /// <summary>Bonus for stickers from the owner's own packs, which they added because they like them (default 0.1).</summary>
    [Range(0, 10)]
    public double OwnPackBonus { get; set; } = 0.1;

    /// <summary>How many of the latest stickers sent to a contact make up their habits (default 50).</summary>
    [Range(1, 10_000)]
    public int HistoryWindow { get; set; } = 50;

    /// <summary>The starter pack folder after defaults.</summary>
    public string ResolveStarterPackDirectory() =>
        Path.GetFullPath(string.IsNullOrWhiteSpace(StarterPackDirectory)
            ? Path.Combine(AppContext.BaseDirectory, "stickers")
            : StarterPackDirectory);

    /// <summary>The owner's packs folder after defaults.</summary>
    public string ResolveUserPacksDirectory(string dataDirectory) =>
        Path.GetFullPath(string.IsNullOrWhiteSpace(UserPacksDirectory)
            ? Path.Combine(dataDirectory, "stickers")
            : UserPacksDirectory);
}
