using System.Text;

namespace WhatStyle.Agent.Offline;

/// <summary>FNV-1a over UTF-8: the same text picks the same phrasing on every run and machine (string.GetHashCode is randomised per process).</summary>
internal static class StableHash
{
    public static uint Of(string text)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return hash;
    }

    public static T Pick<T>(IReadOnlyList<T> items, string seed) => items[(int)(Of(seed) % (uint)items.Count)];
}
