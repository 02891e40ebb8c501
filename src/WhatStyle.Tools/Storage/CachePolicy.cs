using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;

namespace WhatStyle.Tools.Storage;

/// <summary>The cache lifetimes and tags profile and context reads share, so every writer knows what to invalidate.</summary>
internal sealed class CachePolicy(IOptions<StorageOptions> options)
{
    /// <summary>Tag on every cached contact lookup, to drop them all at once; a write forgets only its own contact's (ContactCache).</summary>
    public const string ContactsTag = "contacts";

    public HybridCacheEntryOptions Entry { get; } = Create(options.Value.CacheSeconds);

    public static string ConversationTag(string conversationKey) => "conversation:" + conversationKey;

    private static HybridCacheEntryOptions Create(int seconds) => seconds <= 0
        ? new HybridCacheEntryOptions { Flags = HybridCacheEntryFlags.DisableLocalCache | HybridCacheEntryFlags.DisableDistributedCache }
        : new HybridCacheEntryOptions { Expiration = TimeSpan.FromSeconds(seconds), LocalCacheExpiration = TimeSpan.FromSeconds(seconds) };
}
