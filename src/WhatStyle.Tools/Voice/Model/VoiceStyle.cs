using WhatStyle.Tools.Contacts;

namespace WhatStyle.Tools.Voice.Model;

/// <summary>
/// The one place a prediction changes the learned style: the fingerprint describes the owner's messages to a contact
/// on average, the prediction this reply. The prompt, the post-processor and the offline responder all read the
/// adjusted fingerprint, so they agree; without a prediction the fingerprint is used as it is.
/// </summary>
public static class VoiceStyle
{
    /// <summary>Below this the model is unsure either way: the fingerprint's own habit stands.</summary>
    public const double Confident = 0.6;

    /// <summary>The profile with its style fitted to the prediction (the same profile when there is none).</summary>
    public static ContactProfile Apply(ContactProfile profile, VoicePrediction? prediction)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (prediction is null)
        {
            return profile;
        }

        // An emoji setting the owner chose for this contact outranks what the model predicts.
        var style = Apply(profile.Style, prediction);
        return profile with { Style = profile.Settings.Emoji is null ? style : style with { EmojiRate = profile.Style.EmojiRate } };
    }

    public static StyleFingerprint Apply(StyleFingerprint style, VoicePrediction prediction)
    {
        ArgumentNullException.ThrowIfNull(style);
        ArgumentNullException.ThrowIfNull(prediction);
        var emojiRate = style.EmojiRate;
        if (prediction.EmojiProbability <= 1 - Confident)
        {
            // Without emoji for this message, even to someone who usually sends some.
            emojiRate = 0;
        }
        else if (prediction.EmojiProbability >= Confident)
        {
            // At least one: a heavy user keeps their usual number.
            emojiRate = Math.Max(1, emojiRate);
        }

        var (median, p90) = prediction.Length switch
        {
            LengthBucket.Short when prediction.LengthProbabilities[0] >= Confident => (Math.Min(style.MedianLength, VoiceLabels.ShortMax), Math.Min(style.P90Length, VoiceLabels.ShortMax)),
            LengthBucket.Medium when prediction.LengthProbabilities[1] >= Confident => (Math.Min(style.MedianLength, VoiceLabels.MediumMax), Math.Min(style.P90Length, VoiceLabels.MediumMax)),
            _ => (style.MedianLength, style.P90Length),
        };
        var formality = prediction.Formality >= Confident || prediction.Formality <= 1 - Confident ? prediction.Formality : style.Formality;
        return style with
        {
            EmojiRate = emojiRate,
            TopEmoji = prediction.Emoji.Count > 0 ? prediction.Emoji : style.TopEmoji,
            MedianLength = median,
            P90Length = p90,
            Formality = formality,
        };
    }

    /// <summary>The longest a reply should be for the predicted bucket (null when the model is unsure or says long).</summary>
    public static int? MaxLength(VoicePrediction? prediction) => prediction switch
    {
        { Length: LengthBucket.Short } p when p.LengthProbabilities[0] >= Confident => VoiceLabels.ShortMax * 2,
        { Length: LengthBucket.Medium } p when p.LengthProbabilities[1] >= Confident => VoiceLabels.MediumMax * 3 / 2,
        _ => null,
    };
}
