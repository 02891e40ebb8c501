using System.ComponentModel.DataAnnotations;

namespace WhatStyle.Tools.Voice.Model;

/// <summary>How the owner's voice model is trained and picked up (configuration section <c>Voice</c>).</summary>
public sealed class VoiceModelOptions
{
    public const string SectionName = "Voice";

    /// <summary>Below this many examples (replies and decided drafts) no model is trained: replies behave as without one. Default 20.</summary>
    [Range(1, 1_000_000)]
    public int MinExamples { get; set; } = 20;

    /// <summary>
    /// At most this many of the owner's newest replies per contact are learned from (each incoming message is read by
    /// the tone analyser while training). Decided drafts are always all used. Default 2,000.
    /// </summary>
    [Range(1, 1_000_000)]
    public int MaxRepliesPerContact { get; set; } = 2_000;

    /// <summary>How often a host that learns in the background retrains, when anything changed. Default 6 h.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan RetrainInterval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How long after a host starts it first retrains (it starts serving first). Default 5 min.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan FirstRetrainDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often a running process looks for a newer version (trained by another process). Default 30 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan ReloadInterval { get; set; } = TimeSpan.FromSeconds(30);
}
