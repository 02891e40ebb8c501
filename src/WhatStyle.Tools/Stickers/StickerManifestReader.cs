using System.Text.Json;
using System.Text.RegularExpressions;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Serialization;
using WhatStyle.Tools.Tone;
using WhatStyle.Tools.Text;

namespace WhatStyle.Tools.Stickers;

/// <summary>Reads a pack's manifest.json into stickers, refusing bad entries one by one with a reason.</summary>
internal static partial class StickerManifestReader
{
    public const string FileName = "manifest.json";

    /// <summary>Loads the manifest in <paramref name="packDirectory"/>; throws <see cref="InvalidDataException"/> when the file itself is unreadable.</summary>
    public static StickerManifest Load(string packDirectory)
    {
        var path = Path.Combine(packDirectory, FileName);
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"no {FileName} in {packDirectory}");
        }

        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<StickerManifest>(stream, WhatStyleJson.Options)
                ?? throw new InvalidDataException($"{path} is empty");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path} is not a valid sticker manifest: {ex.Message}", ex);
        }
    }

    /// <summary>Turns one entry into a sticker whose file lives in <paramref name="packDirectory"/>, or says why it cannot.</summary>
    /// <param name="idPrefix">Prepended to the id ("mypack/") so owners' packs never collide with the starter pack.</param>
    public static Sticker? ToSticker(StickerManifestEntry entry, string packDirectory, string pack, string idPrefix, out string problem)
    {
        problem = Validate(entry);
        if (problem.Length > 0)
        {
            return null;
        }

        var emotions = entry.Emotions!.Select(e => ParseEnum<Emotion>(e)!.Value).Distinct().ToArray();
        var relationships = entry.Relationships is null or { Count: 0 }
            ? Enum.GetValues<Relationship>()
            : entry.Relationships.Select(r => ParseEnum<Relationship>(r)!.Value).Distinct().ToArray();
        var moments = (entry.Moments ?? []).Select(m => m.Trim().ToLowerInvariant()).Distinct().ToArray();
        var sticker = new Sticker(
            idPrefix + entry.Id!.Trim(),
            entry.Emoji!.Trim(),
            entry.Description?.Trim() ?? string.Empty,
            emotions,
            moments,
            relationships,
            entry.Intensity ?? 0.5,
            Path.GetFullPath(Path.Combine(packDirectory, entry.File!)),
            pack);

        if (StickerRules.IsRomantic(sticker))
        {
            if (entry.Relationships is null or { Count: 0 })
            {
                // Omitted means "everyone", which for a romantic sticker can only mean partners.
                return sticker with { Relationships = [Relationship.Partner] };
            }

            var forbidden = relationships.Where(r => r != Relationship.Partner).ToArray();
            if (forbidden.Length > 0)
            {
                problem = $"is romantic and may only list partner, not {string.Join(", ", forbidden.Select(r => r.ToString().ToLowerInvariant()))}";
                return null;
            }
        }

        return sticker;
    }

    private static string Validate(StickerManifestEntry entry)
    {
        if (string.IsNullOrWhiteSpace(entry.Id) || !IdPattern().IsMatch(entry.Id.Trim()))
        {
            return "needs an id of lowercase letters, digits and dashes (e.g. \"cat-hug\")";
        }

        if (string.IsNullOrWhiteSpace(entry.File)
            || entry.File != Path.GetFileName(entry.File)
            || !entry.File.EndsWith(".webp", StringComparison.OrdinalIgnoreCase))
        {
            return "needs a \"file\": a .webp file name inside the pack folder (no sub-folders)";
        }

        if (string.IsNullOrWhiteSpace(entry.Emoji))
        {
            return "needs the \"emoji\" it stands for";
        }

        if (entry.Emotions is null or { Count: 0 })
        {
            return $"needs at least one emotion ({string.Join(", ", Names<Emotion>())})";
        }

        var badEmotion = entry.Emotions.FirstOrDefault(e => ParseEnum<Emotion>(e) is null);
        if (badEmotion is not null)
        {
            return $"has unknown emotion \"{badEmotion}\" (use {string.Join(", ", Names<Emotion>())})";
        }

        var badRelationship = entry.Relationships?.FirstOrDefault(r => ParseEnum<Relationship>(r) is null);
        if (badRelationship is not null)
        {
            return $"has unknown relationship \"{badRelationship}\" (use {string.Join(", ", Names<Relationship>())})";
        }

        if (entry.Moments?.Any(string.IsNullOrWhiteSpace) == true)
        {
            return "has an empty moment";
        }

        if (entry.Intensity is { } intensity && (double.IsNaN(intensity) || intensity < 0 || intensity > 1))
        {
            return $"has intensity {intensity}; it must be between 0 and 1";
        }

        return string.Empty;
    }

    /// <summary>A manifest's enum values are read the one way (<see cref="EnumSpelling"/>): "3" never means "sibling".</summary>
    private static T? ParseEnum<T>(string? value)
        where T : struct, Enum => EnumSpelling.ParseOrNull<T>(value);

    private static IEnumerable<string> Names<T>()
        where T : struct, Enum => EnumSpelling.Names<T>();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex IdPattern();
}
