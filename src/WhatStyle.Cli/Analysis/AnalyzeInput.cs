using System.Globalization;
using System.Text;

namespace WhatStyle.Cli.Analysis;

/// <summary>Opens the file (or stdin) that <c>analyze --input</c> reads, refusing what is not text.</summary>
internal static class AnalyzeInput
{
    /// <summary>How much of a file is looked at before reading it: text files have no NUL byte there.</summary>
    private const int SniffBytes = 8192;

    /// <exception cref="UserErrorException">The file is missing, a directory, or binary.</exception>
    public static TextReader Open(string path, TextReader standardInput)
    {
        if (path == "-")
        {
            return standardInput;
        }

        if (Directory.Exists(path))
        {
            throw new UserErrorException($"Input '{path}' is a directory; pass a text file with one message per line.");
        }

        if (!File.Exists(path))
        {
            throw new UserErrorException($"Input file '{path}' not found.");
        }

        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
        try
        {
            RefuseBinary(stream, path);
            return new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    private static void RefuseBinary(FileStream stream, string path)
    {
        Span<byte> head = stackalloc byte[SniffBytes];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        var head16 = head[..read];

        // UTF-16 text has NULs too, but announces itself with a byte order mark that StreamReader honours.
        var utf16 = read >= 2 && ((head16[0] == 0xFF && head16[1] == 0xFE) || (head16[0] == 0xFE && head16[1] == 0xFF));
        var nul = head16.IndexOf((byte)0);
        if (!utf16 && nul >= 0)
        {
            throw new UserErrorException(string.Create(CultureInfo.InvariantCulture,
                $"'{Path.GetFileName(path)}' looks binary (a NUL byte at offset {nul}); analyze reads UTF-8 text, one message per line or JSONL."));
        }
    }
}
