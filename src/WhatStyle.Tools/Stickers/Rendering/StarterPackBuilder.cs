using Microsoft.Extensions.Options;

namespace WhatStyle.Tools.Stickers.Rendering;

/// <summary>Renders each manifest entry's SVG sources with <see cref="StickerRenderer"/> and checks the result before writing it.</summary>
internal sealed class StarterPackBuilder : IStarterPackBuilder
{
    /// <summary>Files that travel with the manifest: the artwork's licence and attribution.</summary>
    public static readonly IReadOnlyList<string> CompanionFiles = ["LICENSE.md"];

    private readonly StickerOptions _options;

    public StarterPackBuilder(IOptions<StickerOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
    }

    public Task<StickerBuildReport> BuildAsync(string sourceDirectory, string outputDirectory, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceDirectory);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        if (!Directory.Exists(sourceDirectory))
        {
            throw new DirectoryNotFoundException($"artwork folder {sourceDirectory} not found");
        }

        var output = Path.GetFullPath(outputDirectory);
        Directory.CreateDirectory(output);
        SeedManifest(output);

        var manifest = StickerManifestReader.Load(output);
        var built = new List<BuiltSticker>();
        var failed = new List<RefusedSticker>();
        foreach (var entry in manifest.Stickers)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = entry.Id ?? entry.File ?? "(no id)";
            var sticker = StickerManifestReader.ToSticker(entry, output, StickerCatalog.StarterPack, string.Empty, out var problem);
            if (sticker is null)
            {
                failed.Add(new RefusedSticker(name, problem));
                continue;
            }

            if (entry.Sources is not { Count: > 0 and <= 2 } sources || sources.Any(s => s != Path.GetFileName(s)))
            {
                failed.Add(new RefusedSticker(name, "needs \"sources\": one or two SVG file names from the artwork folder"));
                continue;
            }

            try
            {
                var bytes = StickerRenderer.Render(
                    Path.Combine(sourceDirectory, sources[0]),
                    sources.Count > 1 ? Path.Combine(sourceDirectory, sources[1]) : null);
                var formatProblem = StickerFileCheck.Problem(bytes);
                if (formatProblem is not null)
                {
                    failed.Add(new RefusedSticker(name, $"rendered file {formatProblem}"));
                    continue;
                }

                WriteAtomically(sticker.FilePath, bytes);
                built.Add(new BuiltSticker(sticker.Id, sticker.FilePath, bytes.Length));
            }
            catch (InvalidDataException ex)
            {
                failed.Add(new RefusedSticker(name, ex.Message));
            }
        }

        return Task.FromResult(new StickerBuildReport(output, built, failed));
    }

    private void SeedManifest(string output)
    {
        if (File.Exists(Path.Combine(output, StickerManifestReader.FileName)))
        {
            return;
        }

        var shipped = _options.ResolveStarterPackDirectory();
        foreach (var file in CompanionFiles.Prepend(StickerManifestReader.FileName))
        {
            var from = Path.Combine(shipped, file);
            if (File.Exists(from))
            {
                File.Copy(from, Path.Combine(output, file), overwrite: false);
            }
        }
    }

    // A half-written sticker must never replace a good one if the build is interrupted.
    private static void WriteAtomically(string path, byte[] bytes)
    {
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }
}
