using System.Text.Json;
using WhatStyle.Tools.Serialization;

namespace WhatStyle.Tools.Tests.Stickers;

/// <summary>Writes an owner's pack folder (manifest.json plus files) for the pack and catalogue tests.</summary>
internal static class PackFolder
{
    public static string Create(string directory, string? pack, object[] stickers, params (string Name, byte[] Bytes)[] files)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(
            Path.Combine(directory, "manifest.json"),
            JsonSerializer.Serialize(new { pack, stickers }, WhatStyleJson.Indented));
        foreach (var (name, bytes) in files)
        {
            File.WriteAllBytes(Path.Combine(directory, name), bytes);
        }

        return directory;
    }

    public static object Entry(string id, string file, string emoji = "🐱", string[]? emotions = null, string[]? moments = null, string[]? relationships = null, double? intensity = null) =>
        new { id, file, emoji, description = $"{id} sticker", emotions = emotions ?? ["joy"], moments = moments ?? ["laughter"], relationships, intensity };
}
