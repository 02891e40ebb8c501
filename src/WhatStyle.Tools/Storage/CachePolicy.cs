using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;

namespace WhatStyle.Tools.Storage;

/// <summary>The cache lifetimes and tags profile and context reads share, so every writer knows what to invalidate.</summary>
internal sealed class CachePolicy(IOptions<StorageOptions> options)
{
    /// <summary>Tag on every cached contact profile or lookup: any contact write drops them all (writes are rare next to reads).</summary>
    public const string ContactsTag = "contacts";

    public HybridCacheEntryOptions Entry { get; } = Create(options.Value.CacheSeconds);

    public static string ConversationTag(string conversationKey) => "conversation:" + conversationKey;

    private static HybridCacheEntryOptions Create(int seconds) => seconds <= 0
        ? new HybridCacheEntryOptions { Flags = HybridCacheEntryFlags.DisableLocalCache | HybridCacheEntryFlags.DisableDistributedCache }
        : new HybridCacheEntryOptions { Expiration = TimeSpan.FromSeconds(seconds), LocalCacheExpiration = TimeSpan.FromSeconds(seconds) };
}
