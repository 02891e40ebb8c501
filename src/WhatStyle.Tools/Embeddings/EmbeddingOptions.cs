using System.ComponentModel.DataAnnotations;

namespace WhatStyle.Tools.Embeddings;

/// <summary>Settings of the local embedding generator (configuration section <c>Embeddings</c>).</summary>
public sealed class EmbeddingOptions
{
    public const string SectionName = "Embeddings";

    /// <summary>
    /// Which model embeds what memory stores: <c>sentence</c> (all-MiniLM-L6-v2, the model the tone analyser uses, loaded
    /// once per process), <c>hashing</c> (word and trigram hashing: matches wording, not meaning), or empty: the sentence
    /// model unless <c>Tone:Semantic</c> is false (a host or test that keeps the 91 MB model out keeps it out of memory too).
    /// </summary>
    [RegularExpression("^(|sentence|hashing)$", ErrorMessage = "Embeddings:Model must be 'sentence' or 'hashing'.")]
    public string? Model { get; set; }

    /// <summary>Vector length of the local hashing embedder. Default 384; changing it re-embeds stored exchanges on their next search.</summary>
    [Range(32, 4096)]
    public int Dimensions { get; set; } = 384;
}
