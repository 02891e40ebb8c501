namespace WhatStyle.Agent.Evaluation;

/// <summary>How close one system's replies came to the owner's real ones, averaged over the test replies.</summary>
/// <param name="StyleDistance">Mean style distance (0 = written exactly as the owner writes, 1 = opposite in every habit).</param>
/// <param name="Similarity">Mean cosine similarity of meaning (sentence model) to the real reply.</param>
/// <param name="Components">The style distance's components (length, emoji rate, …), each averaged.</param>
public sealed record VoiceScore(double StyleDistance, double Similarity, IReadOnlyDictionary<string, double> Components);

/// <summary>The result of <c>eval voice</c>: three systems side by side on the same test replies.</summary>
/// <param name="N">Owner replies in the last 20% of the chat that were compared.</param>
/// <param name="Baseline">No personalisation: the templates with the relationship only.</param>
/// <param name="Fingerprint">The learned fingerprint alone (emoji policy and length).</param>
/// <param name="Personalised">The full system: the owner's own words from memory and their habits.</param>
/// <param name="FromMemory">Share of the full system's replies taken from the owner's own past words.</param>
/// <param name="Contact">Who the chat is with.</param>
/// <param name="Provider">What wrote the replies ("offline" unless a model answered).</param>
public sealed record VoiceEvaluation(int N, VoiceScore Baseline, VoiceScore Fingerprint, VoiceScore Personalised, double FromMemory, string Contact, string Provider)
{
    /// <summary>The full system without the owner's voice model (own words and habits only): what the model adds is the difference.</summary>
    public VoiceScore? WithoutModel { get; init; }

    /// <summary>The voice model trained on the learning part, or null when there were too few replies to train one.</summary>
    public VoiceModelInfo? VoiceModel { get; init; }

    /// <summary>How much lower the full system's style distance is than the baseline's (0.3 = 30% lower).</summary>
    public double StyleGain => Baseline.StyleDistance <= 0 ? 0 : 1 - (Personalised.StyleDistance / Baseline.StyleDistance);
}

/// <summary>One test reply: what the contact wrote, what the owner answered, and what each system would have sent.</summary>
public sealed record VoiceSample(string Incoming, string Actual, string Baseline, string Fingerprint, string Personalised)
{
    /// <summary>What the full system would have sent without the voice model.</summary>
    public string WithoutModel { get; init; } = Personalised;
}

/// <summary>The voice model an evaluation used: its version and how many examples it learned from.</summary>
public sealed record VoiceModelInfo(int Version, int Examples);
