using WhatStyle.Tools.Memory;

namespace WhatStyle.Mcp.Results;

/// <summary>Result of <c>search_similar_exchanges</c>: the owner's past replies to messages like the one given.</summary>
/// <param name="ContactId">The contact whose conversation was searched (and only that one).</param>
/// <param name="Exchanges">Best match first; empty when nothing similar was found.</param>
public sealed record SimilarExchanges(string ContactId, IReadOnlyList<SimilarExchange> Exchanges);
