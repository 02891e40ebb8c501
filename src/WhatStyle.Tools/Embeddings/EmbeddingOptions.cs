using System.ComponentModel.DataAnnotations;

namespace WhatStyle.Tools.Embeddings;

/// <summary>Settings of the local embedding generator (configuration section <c>Embeddings</c>).</summary>
public sealed class EmbeddingOptions
{
    public const string SectionName = "Embeddings";

    /// <summary>Vector length of the local hashing embedder. Default 384; changing it re-embeds stored exchanges on their next search.</summary>
    [Range(32, 4096)]
    public int Dimensions { get; set; } = 384;
}
