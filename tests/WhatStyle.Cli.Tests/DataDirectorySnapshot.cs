using System.Security.Cryptography;

namespace WhatStyle.Cli.Tests;

/// <summary>Every file under a folder with its content hash and time stamp, to show that a command wrote nothing.</summary>
internal static class DataDirectorySnapshot
{
    public static IReadOnlyList<string> Take(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return ["(no directory)"];
        }

        return [.. Directory.EnumerateFileSystemEntries(directory, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => File.Exists(path)
                ? $"{Path.GetRelativePath(directory, path)} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)))} {File.GetLastWriteTimeUtc(path):O}"
                : $"{Path.GetRelativePath(directory, path)}/")];
    }
}
