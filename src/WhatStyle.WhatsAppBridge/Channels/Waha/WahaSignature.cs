using System.Security.Cryptography;
using System.Text;

namespace WhatStyle.WhatsAppBridge.Channels.Waha;

/// <summary>Checks <c>X-Webhook-Hmac</c>: the hex HMAC-SHA512 of the exact received bytes with the session's webhook key.</summary>
internal static class WahaSignature
{
    public const string HeaderName = "X-Webhook-Hmac";

    /// <summary>True only for a well-formed header whose digest matches; never throws on malformed input.</summary>
    public static bool IsValid(string? header, ReadOnlySpan<byte> body, string key)
    {
        if (string.IsNullOrEmpty(header) || header.Length != HMACSHA512.HashSizeInBytes * 2)
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[HMACSHA512.HashSizeInBytes];
        var status = Convert.FromHexString(header, expected, out _, out var written);
        if (status != System.Buffers.OperationStatus.Done || written != expected.Length)
        {
            return false;
        }

        Span<byte> actual = stackalloc byte[HMACSHA512.HashSizeInBytes];
        HMACSHA512.HashData(Encoding.UTF8.GetBytes(key), body, actual);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    /// <summary>The header value for a body (tests, the load generator and the docs' curl example sign with it).</summary>
    public static string Compute(ReadOnlySpan<byte> body, string key) =>
        Convert.ToHexStringLower(HMACSHA512.HashData(Encoding.UTF8.GetBytes(key), body));
}
