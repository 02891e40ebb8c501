using System.Security.Cryptography;
using System.Text;

namespace WhatStyle.WhatsAppBridge.Webhooks;

/// <summary>Checks <c>X-Hub-Signature-256</c>: HMAC-SHA256 of the exact received bytes with the app secret.</summary>
internal static class WebhookSignature
{
    public const string HeaderName = "X-Hub-Signature-256";
    private const string Prefix = "sha256=";

    /// <summary>True only for a well-formed header whose digest matches; never throws on malformed input.</summary>
    public static bool IsValid(string? header, ReadOnlySpan<byte> body, string appSecret)
    {
        if (string.IsNullOrEmpty(header) || !header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)
            || header.Length != Prefix.Length + (SHA256.HashSizeInBytes * 2))
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[SHA256.HashSizeInBytes];
        var status = Convert.FromHexString(header.AsSpan(Prefix.Length), expected, out _, out var written);
        if (status != System.Buffers.OperationStatus.Done || written != expected.Length)
        {
            return false;
        }

        Span<byte> actual = stackalloc byte[SHA256.HashSizeInBytes];
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), body, actual);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    /// <summary>The header value for a body (used by tests and the load generator to sign what they post).</summary>
    public static string Compute(ReadOnlySpan<byte> body, string appSecret) =>
        Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), body));
}
