namespace WhatStyle.Tools.Memory;

/// <summary>How a search lays out replies' vectors for its quantised scan (<see cref="ExchangeVectors"/>).</summary>
/// <param name="Model">The embedder's model: only vectors of this model are laid out.</param>
/// <param name="Dimensions">Their width.</param>
/// <param name="Recency">The ranking bonus by age (it must halve at a fixed rate).</param>
/// <param name="ExactUpTo">Up to this many replies, each is compared exactly and nothing is laid out.</param>
internal sealed record VectorLayout(string Model, int Dimensions, Func<TimeSpan, double> Recency, int ExactUpTo);
