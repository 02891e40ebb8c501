using System.ComponentModel.DataAnnotations;

namespace WhatStyle.Agent.Replies;

/// <summary>Settings of the reply agent (section <c>Agent</c>).</summary>
public sealed class AgentOptions
{
    public const string SectionName = "Agent";

    /// <summary>How the prompts name the person whose replies are written. Default "the owner".</summary>
    [Required]
    public string OwnerName { get; set; } = "the owner";

    /// <summary>How many of the owner's past replies to similar messages are fetched and shown as examples (1..10). Default 3.</summary>
    [Range(1, 10)]
    public int SimilarExamples { get; set; } = 3;

    /// <summary>
    /// How many of the owner's past replies to similar messages the offline responder chooses its own words from (1..20).
    /// Default 20: with three, their usual answer to a kind of message could not be told from a one-off (<c>eval voice</c>).
    /// The prompt still shows only <see cref="SimilarExamples"/>.
    /// </summary>
    [Range(1, 20)]
    public int OwnWordsCandidates { get; set; } = 20;

    /// <summary>How many past exchanges are fetched for one reply: enough for the prompt's examples and the own-words choice.</summary>
    public int SimilarToFetch => Math.Max(SimilarExamples, OwnWordsCandidates);

    /// <summary>How many recent messages of the conversation are fetched for context (1..50). Default 8.</summary>
    [Range(1, 50)]
    public int RecentMessages { get; set; } = 8;

    /// <summary>Upper bound on tool-calling round trips inside the one chat call (1..10). Default 3.</summary>
    [Range(1, 10)]
    public int MaxToolIterations { get; set; } = 3;

    /// <summary>Maximum tokens of the reply. Default 300: a WhatsApp reply is short.</summary>
    [Range(16, 4000)]
    public int MaxOutputTokens { get; set; } = 300;

    /// <summary>
    /// The local emergency number named in a draft for a contact in danger or a medical emergency. Default "112" (all of
    /// the EU, and most mobile networks elsewhere pass it on); set 911, 999, 000… where the owner lives.
    /// </summary>
    [Required]
    [RegularExpression(@"^[0-9]{2,6}$")]
    public string EmergencyNumber { get; set; } = "112";
}
