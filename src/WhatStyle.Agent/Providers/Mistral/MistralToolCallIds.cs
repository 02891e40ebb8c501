using System.Security.Cryptography;
using System.Text;

namespace WhatStyle.Agent.Providers.Mistral;

/// <summary>
/// Maps tool-call ids to the form Mistral demands (exactly 9 of a-z, A-Z, 0-9), consistently within one request:
/// ids from OpenAI (<c>call_…</c>) or OllamaSharp (8 hex characters) would otherwise get HTTP 400 (code 3280).
/// </summary>
/// <remarks>Deterministic (a hash of the original id), so the same history always maps the same way.</remarks>
internal sealed class MistralToolCallIds
{
    private const int Length = 9;
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private readonly Dictionary<string, string> map = new(StringComparer.Ordinal);
    private readonly HashSet<string> used = new(StringComparer.Ordinal);

    public static bool IsValid(string id) => id.Length == Length && id.All(char.IsAsciiLetterOrDigit);

    /// <summary>Reserves the ids that are already valid, so a rewritten id never collides with one of them.</summary>
    public void Reserve(string id)
    {
        if (IsValid(id) && !map.ContainsKey(id))
        {
            map[id] = id;
            used.Add(id);
        }
    }

    public string Map(string id)
    {
        if (map.TryGetValue(id, out var mapped))
        {
            return mapped;
        }

        if (IsValid(id) && used.Add(id))
        {
            return map[id] = id;
        }

        for (var salt = 0; ; salt++)
        {
            var candidate = Hash(salt == 0 ? id : $"{id}#{salt}");
            if (used.Add(candidate))
            {
                return map[id] = candidate;
            }
        }
    }

    private static string Hash(string id)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(id), digest);
        var chars = new char[Length];
        for (var i = 0; i < Length; i++)
        {
            chars[i] = Alphabet[digest[i] % Alphabet.Length];
        }

        return new string(chars);
    }
}
