using System.Text.Json.Serialization;

namespace WhatStyle.Hosting.Caching;

/// <summary>
/// One cache removal told to the other processes: the keys or tags a writer removed, and which process removed them (a
/// process ignores its own message: it has already removed them).
/// </summary>
internal sealed record CacheInvalidation(
    [property: JsonPropertyName("origin")] string Origin,
    [property: JsonPropertyName("keys")] string[] Keys,
    [property: JsonPropertyName("tags")] string[] Tags);
