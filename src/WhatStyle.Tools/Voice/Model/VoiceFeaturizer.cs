using System.Text;
using Microsoft.ML.Data;
using WhatStyle.Tools.Contacts.Style;

namespace WhatStyle.Tools.Voice.Model;

/// <summary>
/// Turns a <see cref="VoiceInput"/> into a sparse, hashed feature vector: the contact, the incoming message's intent,
/// length, emoji, formality and sentiment, and each of those crossed with the contact. The crosses let one linear model
/// hold every contact's habits ("short with an emoji to Jake when he asks a question") while the plain features carry
/// what the owner does with everyone to a contact with little history.
/// </summary>
internal static class VoiceFeaturizer
{
    /// <summary>Hashed feature space; collisions among a few hundred active features are rare at this size.</summary>
    public const int Dimension = 1 << 14;

    /// <summary>Features per input (see <see cref="Names"/>).</summary>
    public const int Count = 12;

    public static IEnumerable<string> Names(VoiceInput input)
    {
        var incoming = MessageFeatures.Extract(input.Incoming);
        var contact = "c=" + input.ContactId;
        var intent = "i=" + input.Intent;
        var length = "l=" + VoiceLabels.BucketOf(incoming.Length);
        var emoji = "e=" + (incoming.Emoji.Count > 0);
        var formal = "f=" + input.Formal;
        var sentiment = "s=" + input.Sentiment;
        yield return "bias";
        yield return contact;
        yield return intent;
        yield return length;
        yield return emoji;
        yield return formal;
        yield return sentiment;
        yield return contact + "|" + intent;
        yield return contact + "|" + length;
        yield return contact + "|" + emoji;
        yield return contact + "|" + formal;
        yield return contact + "|" + sentiment;
    }

    /// <summary>Sorted, unique indices with their values, as ML.NET and <see cref="Tone.Model.LinearClassifier"/> take them.</summary>
    public static (int[] Indices, float[] Values) Featurize(VoiceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var counts = new SortedDictionary<int, float>();
        foreach (var name in Names(input))
        {
            var index = (int)(Fnv1a(name) % Dimension);
            counts[index] = counts.GetValueOrDefault(index) + 1;
        }

        return ([.. counts.Keys], [.. counts.Values]);
    }

    public static VBuffer<float> ToVector(VoiceInput input)
    {
        var (indices, values) = Featurize(input);
        return new VBuffer<float>(Dimension, indices.Length, values, indices);
    }

    /// <summary>A stable hash (string.GetHashCode changes between processes; a saved model must not).</summary>
    private static uint Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash;
    }
}
