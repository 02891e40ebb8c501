using System.Text.Json;
using System.Text.RegularExpressions;
using WhatStyle.Tools.Serialization;

namespace WhatStyle.Tools.Stickers;

/// <summary>Validates an owner's pack file by file and installs the good stickers into the data directory.</summary>
/// <remarks>
/// The pack is assembled in a staging folder and moved into place in one step, so an interrupted add never leaves
/// half a pack in the catalogue. The installed manifest lists only the accepted stickers.
/// </remarks>
internal sealed partial class StickerPackInstaller : IStickerPackInstaller
{
    private readonly StickerCatalog _catalog;

    public StickerPackInstaller(StickerCatalog catalog)
    {
        _catalog = catalog;
    }

    public Task<StickerPackReport> AddAsync(string folder, string? packName = null, bool replace = false, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var source = Path.GetFullPath(folder);
        if (!Directory.Exists(source))
        {
            throw new InvalidDataException($"folder {folder} not found");
        }

        var root = _catalog.UserPacksDirectory
            ?? throw new InvalidOperationException("No folder is configured for owners' sticker packs (Stickers:UserPacksDirectory).");
        var manifest = StickerManifestReader.Load(source);
        var pack = PackName(packName ?? manifest.Pack ?? Path.GetFileName(source.TrimEnd(Path.DirectorySeparatorChar)));
        var destination = Path.Combine(root, pack);
        if (Directory.Exists(destination) && !replace)
        {
            throw new InvalidDataException($"a sticker pack named '{pack}' already exists; choose another name or replace it");
        }

        var accepted = new List<(StickerManifestEntry Entry, Sticker Sticker)>();
        var refused = new List<RefusedSticker>();
        var seenIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in manifest.Stickers)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = entry.File ?? entry.Id ?? "(entry without id or file)";
            var sticker = StickerManifestReader.ToSticker(entry, source, pack, pack + "/", out var problem);
            problem = sticker is null ? problem
                : !seenIds.Add(sticker.Id) ? $"repeats the id \"{entry.Id}\""
                : StickerFileCheck.Problem(sticker.FilePath) ?? string.Empty;
            if (problem.Length > 0)
            {
                refused.Add(new RefusedSticker(name, problem));
            }
            else
            {
                accepted.Add((entry, sticker!));
            }
        }

        var listed = new HashSet<string>(manifest.Stickers.Select(e => e.File ?? string.Empty), StringComparer.Ordinal);
        refused.AddRange(Directory.EnumerateFiles(source, "*.webp")
            .Select(Path.GetFileName)
            .Where(file => !listed.Contains(file!))
            .Order(StringComparer.Ordinal)
            .Select(file => new RefusedSticker(file!, "is not listed in manifest.json")));

        if (accepted.Count == 0)
        {
            return Task.FromResult(new StickerPackReport(pack, null, [], refused));
        }

        Install(root, destination, pack, manifest, accepted);
        _catalog.Reload();
        var added = accepted
            .Select(a => a.Sticker with { FilePath = Path.Combine(destination, a.Entry.File!) })
            .ToList();
        return Task.FromResult(new StickerPackReport(pack, destination, added, refused));
    }

    private static void Install(string root, string destination, string pack, StickerManifest manifest, List<(StickerManifestEntry Entry, Sticker Sticker)> accepted)
    {
        Directory.CreateDirectory(root);
        var staging = Path.Combine(root, $".{pack}.adding-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        try
        {
            foreach (var (entry, sticker) in accepted)
            {
                File.Copy(sticker.FilePath, Path.Combine(staging, entry.File!));
            }

            var installed = manifest with { Pack = pack, Stickers = accepted.Select(a => a.Entry with { Sources = null }).ToList() };
            File.WriteAllText(
                Path.Combine(staging, StickerManifestReader.FileName),
                JsonSerializer.Serialize(installed, WhatStyleJson.Indented));

            if (Directory.Exists(destination))
            {
                Directory.Delete(destination, recursive: true);
            }

            Directory.Move(staging, destination);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    /// <summary>A safe folder name: lowercase letters, digits and dashes; "starter" is taken by the shipped pack.</summary>
    private static string PackName(string raw)
    {
        var name = NotAllowed().Replace(raw.Trim().ToLowerInvariant(), "-").Trim('-');
        if (name.Length == 0 || name.Length > 64)
        {
            throw new InvalidDataException($"'{raw}' cannot be used as a pack name; use letters, digits and dashes (at most 64)");
        }

        if (name == StickerCatalog.StarterPack)
        {
            throw new InvalidDataException("'starter' is the name of the shipped pack; choose another name");
        }

        return name;
    }

    [GeneratedRegex("[^a-z0-9-]+")]
    private static partial Regex NotAllowed();
}
