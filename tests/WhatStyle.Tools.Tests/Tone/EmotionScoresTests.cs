using System.Text.Json;
using WhatStyle.Tools.Serialization;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Tools.Tests.Tone;

public sealed class EmotionScoresTests
{
    private static readonly float[] s_probabilities = [0.51234f, 0.2f, 0.1f, 0.05f, 0.04f, 0.03f, 0.02f, 0.04766f];

    [Fact]
    public void Rounded_EveryEmotion_LooksUpItsRoundedScore()
    {
        var scores = EmotionScores.Rounded(s_probabilities);

        Assert.Equal(0.512, scores[Emotion.Joy]);
        Assert.Equal(0.048, scores[Emotion.Neutral]);
        Assert.True(scores.TryGetValue(Emotion.Love, out var love));
        Assert.Equal(0.2, love);
        Assert.True(scores.ContainsKey(Emotion.Disgust));
        Assert.Equal(8, scores.Count);
    }

    [Fact]
    public void Enumeration_AnyScores_IsInEnumOrderLikeTheDictionaryItReplaces()
    {
        var scores = EmotionScores.Rounded(s_probabilities);
        var dictionary = Enum.GetValues<Emotion>().ToDictionary(e => e, e => Math.Round(s_probabilities[(int)e], 3));

        Assert.Equal(dictionary.ToList(), scores.ToList());
        Assert.Equal(Enum.GetValues<Emotion>(), scores.Keys);
        Assert.Equal(dictionary.Values, scores.Values);
    }

    [Fact]
    public void Lookup_EmotionOutsideTheEnum_IsMissing()
    {
        var scores = EmotionScores.OnlyOne(Emotion.Neutral);
        var outside = (Emotion)8;

        Assert.False(scores.ContainsKey(outside));
        Assert.False(scores.TryGetValue(outside, out _));
        Assert.False(scores.TryGetValue((Emotion)(-1), out _));
        Assert.Throws<KeyNotFoundException>(() => scores[outside]);
    }

    [Fact]
    public void OnlyOne_Neutral_IsOneForNeutralAndZeroElsewhere()
    {
        var scores = EmotionScores.OnlyOne(Emotion.Neutral);

        Assert.All(scores, p => Assert.Equal(p.Key == Emotion.Neutral ? 1.0 : 0.0, p.Value));
    }

    [Fact]
    public void Equals_SameScores_AreEqualAndDifferentScoresAreNot()
    {
        var scores = EmotionScores.Rounded(s_probabilities);

        Assert.Equal(scores, EmotionScores.Rounded(s_probabilities));
        Assert.Equal(scores.GetHashCode(), EmotionScores.Rounded(s_probabilities).GetHashCode());
        Assert.NotEqual(scores, EmotionScores.OnlyOne(Emotion.Joy));
        Assert.Equal(new EmotionReading(Emotion.Joy, scores), new EmotionReading(Emotion.Joy, EmotionScores.Rounded(s_probabilities)));
    }

    [Fact]
    public void Serialize_WithProjectOptions_WritesTheBytesTheDictionaryWrote()
    {
        var scores = EmotionScores.Rounded(s_probabilities);
        var dictionary = Enum.GetValues<Emotion>().ToDictionary(e => e, e => Math.Round(s_probabilities[(int)e], 3));

        Assert.Equal(
            JsonSerializer.Serialize(new EmotionReading(Emotion.Joy, dictionary), WhatStyleJson.Options),
            JsonSerializer.Serialize(new EmotionReading(Emotion.Joy, scores), WhatStyleJson.Options));
    }

    [Fact]
    public void Rounded_WrongNumberOfProbabilities_Throws()
    {
        Assert.Throws<ArgumentException>(() => EmotionScores.Rounded([0.5f, 0.5f]));
    }
}
