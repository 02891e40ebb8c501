using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Contacts.Style;
using WhatStyle.Tools.Memory;

namespace WhatStyle.Dashboard.Data;

/// <summary>
/// How a contact's learned style changed over time, derived from the history rather than stored: the owner's own messages
/// (never WhatStyle's) replayed in order through the same <see cref="StyleLearner"/> that learns the profile, with the
/// fingerprint read after each step of messages, at most <see cref="MaxPoints"/> points.
/// </summary>
internal sealed class StyleHistoryQuery(IMessageRepository messages, StyleLearner learner)
{
    /// <summary>The newest messages of the conversation replayed (the page must stay quick on a long history).</summary>
    public const int MessagesReplayed = 2_000;

    public const int MaxPoints = 24;

    public async Task<IReadOnlyList<StylePoint>> LoadAsync(string contactId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contactId);
        var history = await messages.RecentAsync(ConversationKeys.ForContact(contactId), MessagesReplayed, cancellationToken: cancellationToken);
        var own = new List<(ConversationMessage Message, string Typed, TimeSpan? Delay)>();
        DateTimeOffset? waitingSince = null;
        foreach (var message in history)
        {
            if (message.Direction == MessageDirection.Incoming)
            {
                waitingSince ??= message.Timestamp;
                continue;
            }

            var typed = MessagePlaceholders.TypedText(message.Text);
            if (!message.WrittenByWhatStyle && !string.IsNullOrWhiteSpace(typed))
            {
                own.Add((message, typed, message.Timestamp - waitingSince));
            }

            waitingSince = null;
        }

        if (own.Count < 2)
        {
            return [];
        }

        var step = (int)Math.Ceiling(own.Count / (double)MaxPoints);
        var state = new StyleAccumulator();
        var points = new List<StylePoint>();
        for (var i = 0; i < own.Count; i++)
        {
            learner.Observe(state, own[i].Typed, own[i].Message.Timestamp, own[i].Delay);
            if ((i + 1) % step == 0 || i == own.Count - 1)
            {
                var style = StyleLearner.Describe(state);
                points.Add(new StylePoint(own[i].Message.Timestamp, i + 1, style.EmojiRate, style.MedianLength, style.Formality, style.ExclamationRate));
            }
        }

        return points;
    }
}

/// <summary>The learned style after the owner's first <paramref name="Messages"/> messages (up to <paramref name="At"/>).</summary>
public sealed record StylePoint(DateTimeOffset At, int Messages, double EmojiRate, double MedianLength, double Formality, double ExclamationRate);
