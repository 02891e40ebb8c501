namespace WhatStyle.Storage.Postgres.Copy;

/// <summary>How far the copy of one store has got: <paramref name="Copied"/> of <paramref name="Total"/> LiteDB documents.</summary>
/// <param name="Store">The store's name (its LiteDB collection and PostgreSQL table).</param>
/// <param name="Copied">Documents read and written so far, across runs (rows PostgreSQL already had count too: they are kept, not replaced).</param>
/// <param name="Total">Documents in the LiteDB collection.</param>
public sealed record CopyProgress(string Store, long Copied, long Total);
