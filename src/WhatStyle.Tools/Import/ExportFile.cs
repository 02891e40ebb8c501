using System.IO.Compression;
using System.Text;

namespace WhatStyle.Tools.Import;

/// <summary>
/// Reads the chat text of an "Export chat" file: a .txt, or a .zip as iOS always exports and Android does "with
/// media" (the chat .txt beside the photos and voice notes; iOS names it <c>_chat.txt</c>).
/// </summary>
internal static class ExportFile
{
    /// <summary>The chat's lines.</summary>
    /// <exception cref="ImportException">A folder, a missing file, or a zip with no chat text inside.</exception>
    public static IReadOnlyList<string> ReadLines(string path)
    {
        if (Directory.Exists(path))
        {
            throw new ImportException($"{path} is a folder; pass the exported chat itself (the .txt, or the .zip WhatsApp made).");
        }

        if (!File.Exists(path))
        {
            throw new ImportException($"No such file: {path}");
        }

        try
        {
            return IsZip(path) ? FromZip(path) : File.ReadLines(path).ToList();
        }
        catch (InvalidDataException ex)
        {
            throw new ImportException($"{Path.GetFileName(path)} is not a readable zip ({ex.Message}); export the chat again.", ex);
        }
        catch (IOException ex)
        {
            throw new ImportException($"Cannot read {path}: {ex.Message}", ex);
        }
    }

    private static bool IsZip(string path)
    {
        Span<byte> magic = stackalloc byte[4];
        using var stream = File.OpenRead(path);
        return stream.ReadAtLeast(magic, 4, throwOnEndOfStream: false) == 4 && magic.SequenceEqual("PK\u0003\u0004"u8);
    }

    private static List<string> FromZip(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var entry = ChatEntry(zip)
            ?? throw new ImportException($"{Path.GetFileName(path)} has no chat .txt inside; is it a WhatsApp \"Export chat\" zip?");
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }

    /// <summary>iOS's _chat.txt, else Android's "WhatsApp Chat with …" text, else the largest .txt (media captions are not text files).</summary>
    private static ZipArchiveEntry? ChatEntry(ZipArchive zip)
    {
        var texts = zip.Entries
            .Where(e => e.FullName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) && !e.FullName.StartsWith("__MACOSX", StringComparison.Ordinal))
            .ToList();
        return texts.FirstOrDefault(e => e.Name.Equals("_chat.txt", StringComparison.OrdinalIgnoreCase))
            ?? texts.FirstOrDefault(e => e.Name.StartsWith("WhatsApp", StringComparison.OrdinalIgnoreCase))
            ?? texts.MaxBy(e => e.Length);
    }
}
