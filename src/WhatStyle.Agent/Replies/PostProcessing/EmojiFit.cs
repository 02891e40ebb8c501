using System.Text.RegularExpressions;
using WhatStyle.Agent.Offline;
using WhatStyle.Tools.Tone.Emoji;

namespace WhatStyle.Agent.Replies.PostProcessing;

/// <summary>
/// Which of the owner's emoji fit a reply. Their favourites stay the source, but a favourite is only added where its
/// meaning (the emoji catalog's flags and sentiment) fits what the reply is doing: 😂 on "I'll look at it and get back to
/// you" or on an apology is not their voice, nor 🍕 on every reply.
/// </summary>
internal static partial class EmojiFit
{
    /// <summary>Below this sentiment an emoji (🙄, 😒, 😤) is a reaction to something, never a decoration to add.</summary>
    public const double NegativeSentiment = -0.3;

    /// <summary>What a reply to a message of <paramref name="intent"/> is doing.</summary>
    /// <param name="intent">The incoming message's intent, as the offline responder reads it.</param>
    /// <param name="incoming">The message answered: laughter there ("lol", 😂) makes a chatty reply playful.</param>
    /// <param name="reply">The reply: laughter there ("Haha okay") makes it playful.</param>
    /// <param name="formal">A formal register: never more than plain.</param>
    public static ReplyMood MoodOf(OfflineIntent intent, string incoming, string reply, bool formal = false)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(reply);
        var mood = intent switch
        {
            OfflineIntent.BadNews or OfflineIntent.Grief or OfflineIntent.Condolence or OfflineIntent.Urgent
                or OfflineIntent.Crisis or OfflineIntent.Emergency or OfflineIntent.PetEmergency => ReplyMood.Solemn,
            OfflineIntent.Request or OfflineIntent.Question or OfflineIntent.Apology => ReplyMood.Plain,
            OfflineIntent.Glad => ReplyMood.Playful,
            _ => Laughs(incoming) || Laughs(reply) ? ReplyMood.Playful : ReplyMood.Warm,
        };

        return formal && mood is ReplyMood.Playful or ReplyMood.Warm ? ReplyMood.Plain : mood;
    }

    /// <summary>Whether <paramref name="emoji"/> may be added to a reply of <paramref name="mood"/>.</summary>
    public static bool Fits(string emoji, ReplyMood mood)
    {
        var sense = EmojiMeaning.Of(emoji);
        if (mood == ReplyMood.Solemn || sense.Sarcasm || sense.Distress || sense.Sentiment <= NegativeSentiment)
        {
            return false;
        }

        // Laughter needs something to laugh about; teasing and things (🍕, 🎉) belong to chat, not to an answer that matters.
        return mood switch
        {
            ReplyMood.Playful => true,
            ReplyMood.Warm => !sense.Laugh,
            _ => !sense.Laugh && !sense.Tease && !sense.Topic,
        };
    }

    /// <summary>
    /// Whether an emoji the reply already carries (the template's, the model's, the owner's reused words') may stay: in
    /// chat any; in a plain answer no laughing or eye-rolling; sad news keeps only care (❤️, 🤗, 😢), never a joke, a
    /// tease, a thing or a cheerful face.
    /// </summary>
    public static bool Keeps(string emoji, ReplyMood mood)
    {
        if (mood is ReplyMood.Playful or ReplyMood.Warm)
        {
            return true;
        }

        var sense = EmojiMeaning.Of(emoji);
        return mood == ReplyMood.Plain
            ? !sense.Laugh && !sense.Sarcasm
            : !sense.Laugh && !sense.Tease && !sense.Sarcasm && !sense.Topic && (sense.Affection || sense.Sentiment < 0.5);
    }

    /// <summary>The text without the emoji that <see cref="Keeps"/> turns away for <paramref name="mood"/>.</summary>
    public static string WithoutUnfitting(string text, ReplyMood mood)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = EmojiText.Find(text);
        if (found.All(e => Keeps(e, mood)))
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length);
        var elements = System.Globalization.StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            if (!EmojiClusters.IsEmoji(element) || Keeps(element, mood))
            {
                builder.Append(element);
            }
        }

        return EmojiText.Tidy(builder.ToString());
    }

    private static bool Laughs(string text) =>
        Laughter().IsMatch(text) || EmojiText.Find(text).Any(e => EmojiMeaning.Of(e).Laugh);

    [GeneratedRegex(@"\b(?:(?:ha){2,}h?|(?:he){2,}|lol+|lmao|rofl|(?:ja){2,}|(?:je){2,}|(?:kk){2,}|mdr|ptdr)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Laughter();
}
