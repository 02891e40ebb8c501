namespace WhatStyle.Tools.Voice.Model;

/// <summary>How long a reply is: what the voice model predicts instead of a character count.</summary>
public enum LengthBucket
{
    /// <summary>Up to <see cref="VoiceLabels.ShortMax"/> characters: "ok 👍", "night x".</summary>
    Short,

    /// <summary>Up to <see cref="VoiceLabels.MediumMax"/> characters: a sentence or two.</summary>
    Medium,

    /// <summary>Longer.</summary>
    Long,
}

/// <summary>The register of a reply as the voice model reads it.</summary>
public enum VoiceRegister { Casual, Formal }

/// <summary>The owner's predicted reply style for one contact and one incoming message.</summary>
/// <param name="Length">The most likely length bucket.</param>
/// <param name="LengthProbabilities">Probability of each <see cref="LengthBucket"/>, in enum order.</param>
/// <param name="EmojiProbability">Probability that the owner's reply carries an emoji, 0..1.</param>
/// <param name="Emoji">The owner's most likely emoji to this contact (top-k, most likely first; empty when none are known).</param>
/// <param name="Formality">Probability that the reply is formal, 0..1.</param>
/// <param name="Version">The model version that predicted it.</param>
public sealed record VoicePrediction(
    LengthBucket Length,
    IReadOnlyList<float> LengthProbabilities,
    double EmojiProbability,
    IReadOnlyList<string> Emoji,
    double Formality,
    int Version)
{
    /// <summary>Casual or formal: the more likely of the two.</summary>
    public VoiceRegister Register => Formality >= 0.5 ? VoiceRegister.Formal : VoiceRegister.Casual;

    /// <summary>True when an emoji is more likely than not.</summary>
    public bool WithEmoji => EmojiProbability >= 0.5;

    /// <summary>The expected length bucket as a number (0 short .. 2 long): moves smoothly as examples accumulate.</summary>
    public double ExpectedLength => LengthProbabilities.Select((p, i) => p * i).Sum();
}
