using System.Buffers.Binary;
using System.Security.Cryptography;

namespace WhatStyle.Tools.Storage;

/// <summary>
/// Encrypts the bridge's inbox log records (<c>inbox/*.log</c>) when a storage password is set: AES-256-GCM per record,
/// with a key derived from the password by PBKDF2-SHA256 and a random salt kept in <c>inbox/key</c>. That file holds no
/// secret: the salt, the iteration count and a tag that proves a password right or wrong before any record is read.
/// </summary>
/// <remarks>A sealed record is nonce (12) + ciphertext + tag (16); the record's received-at time is authenticated with it.</remarks>
public sealed class InboxCipher : IDisposable
{
    /// <summary>Name of the key header file inside the inbox folder.</summary>
    public const string KeyFileName = "key";

    /// <summary>Bytes a sealed record adds to its body.</summary>
    public const int Overhead = NonceBytes + TagBytes;

    private const int NonceBytes = 12;
    private const int TagBytes = 16;
    private const int SaltBytes = 16;
    private const int Iterations = 600_000; // OWASP's figure for PBKDF2-HMAC-SHA256.
    private static readonly byte[] Magic = "WSIK\u0001"u8.ToArray();
    private static readonly byte[] CheckData = "whatstyle inbox key check"u8.ToArray();

    private readonly AesGcm _aes;

    private InboxCipher(byte[] key)
    {
        _aes = new AesGcm(key, TagBytes);
        CryptographicOperations.ZeroMemory(key);
    }

    /// <summary>
    /// The cipher for <paramref name="inboxDirectory"/>, or null when no password is set. Refuses (one line, what to do)
    /// a wrong password, an encrypted inbox without a password, and an inbox written in clear when a password is set.
    /// </summary>
    public static InboxCipher? Open(string inboxDirectory, string? password)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(inboxDirectory);
        var keyFile = Path.Combine(inboxDirectory, KeyFileName);
        if (string.IsNullOrEmpty(password))
        {
            if (File.Exists(keyFile))
            {
                throw new StorageException($"The inbox log in '{inboxDirectory}' is encrypted: set {StorageOptions.PasswordEnvironmentVariable} or Storage:Password.");
            }

            return null;
        }

        if (File.Exists(keyFile))
        {
            return FromKeyFile(keyFile, password);
        }

        if (HasPlainRecords(inboxDirectory))
        {
            throw new StorageException($"The inbox log in '{inboxDirectory}' was written without a password, but a password is set: {StorageOptions.UnencryptedDirectoryAdvice}.");
        }

        return Create(keyFile, password);
    }

    /// <summary>Creates a new key file (a fresh salt) for <paramref name="inboxDirectory"/>; used when encrypting an existing inbox.</summary>
    public static InboxCipher Create(string keyFile, string password)
    {
        ArgumentException.ThrowIfNullOrEmpty(password);
        Directory.CreateDirectory(Path.GetDirectoryName(keyFile)!);
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var cipher = new InboxCipher(Derive(password, salt, Iterations));
        var check = cipher.Seal(CheckData, 0);
        var header = new byte[Magic.Length + 4 + SaltBytes + check.Length];
        Magic.CopyTo(header, 0);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(Magic.Length), Iterations);
        salt.CopyTo(header, Magic.Length + 4);
        check.CopyTo(header, Magic.Length + 4 + SaltBytes);

        // Written beside and renamed: a crash leaves either no key file or a whole one.
        var temporary = keyFile + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            stream.Write(header);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, keyFile, overwrite: true);
        return cipher;
    }

    /// <summary>The body sealed: nonce + ciphertext + tag.</summary>
    public byte[] Seal(ReadOnlySpan<byte> body, long receivedAtMs)
    {
        var sealedBody = new byte[body.Length + Overhead];
        var nonce = sealedBody.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        Span<byte> associated = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(associated, receivedAtMs);
        _aes.Encrypt(nonce, body, sealedBody.AsSpan(NonceBytes, body.Length), sealedBody.AsSpan(NonceBytes + body.Length), associated);
        return sealedBody;
    }

    /// <summary>The body, or null when <paramref name="sealedBody"/> is not one this key sealed for that time (damage).</summary>
    public byte[]? TryOpen(ReadOnlySpan<byte> sealedBody, long receivedAtMs)
    {
        if (sealedBody.Length < Overhead)
        {
            return null;
        }

        var body = new byte[sealedBody.Length - Overhead];
        Span<byte> associated = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(associated, receivedAtMs);
        try
        {
            _aes.Decrypt(sealedBody[..NonceBytes], sealedBody[NonceBytes..^TagBytes], sealedBody[^TagBytes..], body, associated);
            return body;
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }
    }

    public void Dispose() => _aes.Dispose();

    private static InboxCipher FromKeyFile(string keyFile, string password)
    {
        var header = File.ReadAllBytes(keyFile);
        if (header.Length != Magic.Length + 4 + SaltBytes + CheckData.Length + Overhead || !header.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            throw new StorageException($"The inbox key file '{keyFile}' is damaged or from a newer version: restore it from a backup; without it the inbox log cannot be read.");
        }

        var iterations = BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(Magic.Length));
        var salt = header.AsSpan(Magic.Length + 4, SaltBytes).ToArray();
        var cipher = new InboxCipher(Derive(password, salt, iterations));
        if (cipher.TryOpen(header.AsSpan(Magic.Length + 4 + SaltBytes), 0) is not { } check || !check.AsSpan().SequenceEqual(CheckData))
        {
            cipher.Dispose();
            throw new StorageException($"The inbox log in '{Path.GetDirectoryName(keyFile)}' could not be opened: the password is wrong (check Storage:Password or {StorageOptions.PasswordEnvironmentVariable}).");
        }

        return cipher;
    }

    private static byte[] Derive(string password, byte[] salt, int iterations) =>
        Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, 32);

    private static bool HasPlainRecords(string inboxDirectory) =>
        Directory.Exists(inboxDirectory)
        && Directory.EnumerateFiles(inboxDirectory, "*.log").Any(f => new FileInfo(f).Length > 0);
}
