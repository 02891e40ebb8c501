using WhatStyle.Tools.Contacts.Style;

namespace WhatStyle.Tools.Voice.Model;

/// <summary>What the voice model learns to predict, read from a reply's text without any model.</summary>
public readonly record struct VoiceLabels(LengthBucket Length, bool Emoji, bool Formal, IReadOnlyList<string> EmojiUsed)
{
    /// <summary>A reply of at most this many characters is short (a stock answer).</summary>
    public const int ShortMax = 25;

    /// <summary>A reply of at most this many characters is medium (a sentence or two).</summary>
    public const int MediumMax = 80;

    /// <summary>The learned fingerprint's formality score at or above which a message counts as formal.</summary>
    public const double FormalAt = 0.5;

    public static VoiceLabels Of(string reply)
    {
        var features = MessageFeatures.Extract(reply);
        return new VoiceLabels(BucketOf(features.Length), features.Emoji.Count > 0, features.Formality >= FormalAt, features.Emoji);
    }

    public static LengthBucket BucketOf(int length) => length <= ShortMax ? LengthBucket.Short : length <= MediumMax ? LengthBucket.Medium : LengthBucket.Long;
}
