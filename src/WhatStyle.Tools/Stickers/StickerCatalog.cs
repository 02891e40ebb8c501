using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace WhatStyle.Tools.Stickers;

/// <summary>Loads the starter pack and the owner's packs once, and again after a pack is added.</summary>
/// <remarks>Bad entries and missing files are skipped with a warning: one broken pack never hides the others.</remarks>
internal sealed class StickerCatalog : IStickerCatalog
{
    public const string StarterPack = "starter";

    private readonly StickerOptions _options;
    private readonly ILogger<StickerCatalog> _logger;
    private readonly Lock _gate = new();
    private Snapshot? _snapshot;

    public StickerCatalog(IOptions<StickerOptions> options, ILogger<StickerCatalog> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _logger = logger;
    }

    public IReadOnlyList<Sticker> All => Current.Stickers;

    /// <summary>The folder holding the owner's packs, or null when none is configured.</summary>
    public string? UserPacksDirectory => string.IsNullOrWhiteSpace(_options.UserPacksDirectory)
        ? null
        : Path.GetFullPath(_options.UserPacksDirectory);

    public Sticker? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Current.ById.GetValueOrDefault(id);
    }

    /// <summary>Forgets what was loaded, so the next read sees newly added packs.</summary>
    public void Reload()
    {
        lock (_gate)
        {
            _snapshot = null;
        }
    }

    private Snapshot Current
    {
        get
        {
            lock (_gate)
            {
                return _snapshot ??= Load();
            }
        }
    }

    private Snapshot Load()
    {
        var stickers = new List<Sticker>();
        LoadPack(_options.ResolveStarterPackDirectory(), StarterPack, idPrefix: string.Empty, stickers);

        var userRoot = UserPacksDirectory;
        if (userRoot is not null && Directory.Exists(userRoot))
        {
            foreach (var packDirectory in Directory.EnumerateDirectories(userRoot).Order(StringComparer.Ordinal))
            {
                var pack = Path.GetFileName(packDirectory);
                LoadPack(packDirectory, pack, idPrefix: pack + "/", stickers);
            }
        }

        var byId = new Dictionary<string, Sticker>(StringComparer.Ordinal);
        foreach (var sticker in stickers)
        {
            if (!byId.TryAdd(sticker.Id, sticker))
            {
                _logger.LogWarning("Sticker id {Id} appears twice; keeping the first", sticker.Id);
            }
        }

        return new Snapshot([.. byId.Values], byId);
    }

    private void LoadPack(string directory, string pack, string idPrefix, List<Sticker> into)
    {
        StickerManifest manifest;
        try
        {
            manifest = StickerManifestReader.Load(directory);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning("Sticker pack {Pack} skipped: {Reason}", pack, ex.Message);
            return;
        }

        foreach (var entry in manifest.Stickers)
        {
            var sticker = StickerManifestReader.ToSticker(entry, directory, pack, idPrefix, out var problem);
            if (sticker is null)
            {
                _logger.LogWarning("Sticker {Id} in pack {Pack} skipped: it {Reason}", entry.Id, pack, problem);
            }
            else if (!File.Exists(sticker.FilePath))
            {
                _logger.LogWarning("Sticker {Id} in pack {Pack} skipped: {File} is missing", sticker.Id, pack, sticker.FilePath);
            }
            else
            {
                into.Add(sticker);
            }
        }
    }

    private sealed record Snapshot(IReadOnlyList<Sticker> Stickers, Dictionary<string, Sticker> ById);
}
