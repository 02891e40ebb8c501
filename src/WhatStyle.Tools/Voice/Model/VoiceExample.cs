namespace WhatStyle.Tools.Voice.Model;

/// <summary>Where a training example comes from; it sets how much the example weighs and which way it pulls.</summary>
public enum VoiceExampleKind
{
    /// <summary>A reply the owner wrote (conversation memory, imported history).</summary>
    Owner,

    /// <summary>A draft the owner approved as it was.</summary>
    Approved,

    /// <summary>A draft the owner approved with their own text: the text is theirs, and chosen deliberately.</summary>
    Edited,

    /// <summary>A draft the owner rejected: a negative example, it pulls the prediction away from its style.</summary>
    Rejected,
}

/// <summary>One (incoming message, reply) pair the voice model learns from.</summary>
/// <param name="ContactId">The contact the reply was for.</param>
/// <param name="Incoming">What the contact wrote.</param>
/// <param name="Reply">The owner's reply, or the draft that was approved, edited or rejected.</param>
/// <param name="Kind">Where it comes from.</param>
public sealed record VoiceExample(string ContactId, string Incoming, string Reply, VoiceExampleKind Kind);
