using System.Text;

namespace WhatStyle.Tools.Storage;

/// <summary>
/// What the first bytes of a LiteDB 5 file say about it, read without LiteDB: LiteDB reports a damaged header, a newer
/// file format and a wrong password with one and the same error ("not a valid LiteDB database format or contains a
/// invalid password"), and a person needs to know which of them it is.
/// </summary>
internal static class LiteFileHeader
{
    // LiteDB 5's header page: "** This is a LiteDB file **" at byte 32, then the file format version (8).
    private const int InfoOffset = 32;
    private const int CurrentVersion = 8;
    private static readonly byte[] Info = Encoding.ASCII.GetBytes("** This is a LiteDB file **");

    /// <summary>Writes the header's text and version back into a clear file whose header was overwritten (repair).</summary>
    public static void RestoreInfo(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        if (stream.Length < InfoOffset + Info.Length + 1)
        {
            return;
        }

        stream.Position = InfoOffset;
        stream.Write(Info);
        stream.WriteByte(CurrentVersion);
    }

    public static LiteFileKind Classify(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var header = new byte[InfoOffset + Info.Length + 1];
            var read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
            if (read == 0)
            {
                return LiteFileKind.Empty;
            }

            if (read < header.Length)
            {
                return LiteFileKind.Damaged;
            }

            if (header[0] == 1)
            {
                // An encrypted file: byte 0 is LiteDB's encryption flag, the rest of the header is ciphertext.
                return LiteFileKind.Encrypted;
            }

            if (!header.AsSpan(InfoOffset, Info.Length).SequenceEqual(Info))
            {
                return LiteFileKind.Damaged;
            }

            return header[InfoOffset + Info.Length] switch
            {
                CurrentVersion => LiteFileKind.Current,
                > CurrentVersion => LiteFileKind.Newer,
                _ => LiteFileKind.Damaged,
            };
        }
        catch (IOException)
        {
            return LiteFileKind.Unreadable;
        }
        catch (UnauthorizedAccessException)
        {
            return LiteFileKind.Unreadable;
        }
    }
}

/// <summary>What <see cref="LiteFileHeader.Classify"/> found.</summary>
internal enum LiteFileKind
{
    Empty,
    Current,
    Encrypted,
    Newer,
    Damaged,
    Unreadable,
}
