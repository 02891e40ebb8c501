using System.ComponentModel.DataAnnotations;

namespace WhatStyle.Agent.Offline;

/// <summary>Settings of the offline responder (section <c>Offline</c>).</summary>
public sealed class OfflineResponderOptions
{
    public const string SectionName = "Offline";

    /// <summary>
    /// How similar (cosine, 0..1) an earlier message must be for the owner's own reply to it to be reused.
    /// Default 0.7: the reply must also answer the same kind of message and carry no fact of another day
    /// (<see cref="OwnWords"/>), so similarity alone need not be near-verbatim; measured with <c>eval voice</c>.
    /// </summary>
    [Range(0.0, 1.0)]
    public double SimilarReplyThreshold { get; set; } = 0.7;

    /// <summary>Folder of the phrasebooks; default <c>prompts/offline</c> beside the executable.</summary>
    public string? PhrasebookDirectory { get; set; }
}
