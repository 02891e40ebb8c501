namespace WhatStyle.Tools.Voice.Model;

/// <summary>
/// The labelled rows of the three heads for one example. An owner's reply or an approved draft is a positive row with
/// its own labels; a rejected draft becomes rows with the labels pulled away from its own: a long draft turned down
/// says "shorter", one with emoji "without", a formal one "more casual".
/// </summary>
internal static class VoiceTrainingRows
{
    /// <summary>How much an example weighs against one message from the imported history.</summary>
    public static float WeightOf(VoiceExampleKind kind) => kind switch
    {
        VoiceExampleKind.Owner => 1f,
        VoiceExampleKind.Approved => 2f,
        VoiceExampleKind.Edited => 3f,
        _ => 3f,
    };

    /// <summary>Length rows (class, weight): a rejected medium draft pulls half towards short, half towards long.</summary>
    public static IEnumerable<(int Label, float Weight)> Length(VoiceLabels labels, VoiceExampleKind kind)
    {
        var weight = WeightOf(kind);
        if (kind != VoiceExampleKind.Rejected)
        {
            yield return ((int)labels.Length, weight);
            yield break;
        }

        switch (labels.Length)
        {
            case LengthBucket.Short:
                yield return ((int)LengthBucket.Medium, weight);
                break;
            case LengthBucket.Long:
                yield return ((int)LengthBucket.Short, weight / 2);
                yield return ((int)LengthBucket.Medium, weight / 2);
                break;
            default:
                yield return ((int)LengthBucket.Short, weight / 2);
                yield return ((int)LengthBucket.Long, weight / 2);
                break;
        }
    }

    /// <summary>1 = with emoji; a rejected draft counts for the opposite.</summary>
    public static (int Label, float Weight) Emoji(VoiceLabels labels, VoiceExampleKind kind) =>
        (labels.Emoji ^ (kind == VoiceExampleKind.Rejected) ? 1 : 0, WeightOf(kind));

    /// <summary>1 = formal; a rejected draft counts for the opposite.</summary>
    public static (int Label, float Weight) Formal(VoiceLabels labels, VoiceExampleKind kind) =>
        (labels.Formal ^ (kind == VoiceExampleKind.Rejected) ? 1 : 0, WeightOf(kind));
}
