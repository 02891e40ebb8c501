using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using WhatStyle.Tools.Serialization;

namespace WhatStyle.Tools.Voice.Model;

/// <summary>
/// Every trained version of the voice model, each in its own folder under <c>voice-model/</c> in the data directory
/// (<c>v0001</c>, <c>v0002</c>…) with a <c>manifest.json</c>. Versions are never overwritten: a new one is written into a
/// temporary folder and moved into place in one step, so a crash leaves no half version and two processes training at
/// once get two numbers.
/// </summary>
public sealed partial class VoiceModelStore
{
    public const string FolderName = "voice-model";
    public const string ManifestFile = "manifest.json";

    public VoiceModelStore(string dataDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        Root = Path.Combine(dataDirectory, FolderName);
    }

    /// <summary>The folder holding the versions.</summary>
    public string Root { get; }

    /// <summary>The version numbers present on disk, newest first (valid or not).</summary>
    public IReadOnlyList<int> Versions() => !Directory.Exists(Root) ? [] :
        [.. Directory.EnumerateDirectories(Root)
            .Select(d => VersionName().Match(Path.GetFileName(d)))
            .Where(m => m.Success)
            .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))
            .OrderDescending()];

    public string DirectoryOf(int version) => Path.Combine(Root, string.Create(CultureInfo.InvariantCulture, $"v{version:D4}"));

    /// <summary>The manifest of a version, or null when it is missing or unreadable.</summary>
    public VoiceModelManifest? Manifest(int version)
    {
        try
        {
            return JsonSerializer.Deserialize<VoiceModelManifest>(File.ReadAllText(Path.Combine(DirectoryOf(version), ManifestFile)), WhatStyleJson.Options);
        }
        catch (Exception ex) when (ex is IOException or JsonException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Trains into a new folder with <paramref name="write"/> and keeps it as the next version. Returns its manifest.
    /// </summary>
    internal VoiceModelManifest Add(Action<string> write, DateTimeOffset trainedAt, IReadOnlyDictionary<string, int> examples, string source)
    {
        Directory.CreateDirectory(Root);
        var staging = Path.Combine(Root, ".staging-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(staging);
        try
        {
            write(staging);
            var files = VoiceModelFiles.All.ToDictionary(f => f, f => Hash(Path.Combine(staging, f)), StringComparer.Ordinal);
            for (var attempt = 0; ; attempt++)
            {
                var version = (Versions().FirstOrDefault()) + 1;
                var manifest = new VoiceModelManifest { Version = version, TrainedAt = trainedAt, Examples = examples, Source = source, Files = files };
                File.WriteAllText(Path.Combine(staging, ManifestFile), JsonSerializer.Serialize(manifest, WhatStyleJson.Indented));
                try
                {
                    Directory.Move(staging, DirectoryOf(version));
                    return manifest;
                }
                catch (IOException) when (attempt < 5 && Directory.Exists(DirectoryOf(version)))
                {
                    // Another process kept this number first: take the next one.
                }
            }
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    /// <summary>
    /// The newest version that reads back whole, and a one-line problem for each newer one that does not (a missing
    /// or altered file, a damaged zip). No version at all gives (null, []).
    /// </summary>
    public (VoiceModel? Model, IReadOnlyList<string> Problems) LoadNewest()
    {
        var problems = new List<string>();
        foreach (var version in Versions())
        {
            try
            {
                return (Load(version), problems);
            }
            catch (InvalidDataException ex)
            {
                problems.Add($"voice model v{version} cannot be read ({OneLine(ex.Message)}); using an older version if there is one");
            }
        }

        return (null, problems);
    }

    /// <exception cref="InvalidDataException">The version is missing a file, a file was altered, or ML.NET cannot read it.</exception>
    internal VoiceModel Load(int version)
    {
        var directory = DirectoryOf(version);
        var manifest = Manifest(version) ?? throw new InvalidDataException($"{ManifestFile} is missing or not valid JSON");
        foreach (var file in VoiceModelFiles.All)
        {
            var path = Path.Combine(directory, file);
            if (!File.Exists(path))
            {
                throw new InvalidDataException($"{file} is missing");
            }

            if (!manifest.Files.TryGetValue(file, out var expected) || !string.Equals(expected, Hash(path), StringComparison.Ordinal))
            {
                throw new InvalidDataException($"{file} does not match its manifest");
            }
        }

        return VoiceModel.Load(directory, version);
    }

    private static string Hash(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();

    [GeneratedRegex(@"^v(\d{1,9})$")]
    private static partial Regex VersionName();
}
