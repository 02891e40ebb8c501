using System.Globalization;
using System.Text;
using WhatStyle.Tools.Contacts;

namespace WhatStyle.Tools.Memory;

/// <summary>
/// A short summary of a conversation's recent window, made without an LLM: volume and span, who wrote how much,
/// the most frequent content words as topics, and the latest message each way.
/// </summary>
internal static class RollingSummary
{
    private const int TopicCount = 4;
    private const int QuoteLength = 80;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "this", "that", "with", "have", "from", "your", "what", "when", "will", "just", "about", "there", "they", "them",
        "then", "than", "were", "been", "would", "could", "should", "going", "really", "okay", "yeah", "also", "some",
        "here", "know", "like", "want", "need", "good", "well", "very", "much", "more", "dont", "it's", "i'm", "thanks",
        "thank", "please", "sure", "still", "today", "tomorrow", "haha", "hahaha", "maybe", "think", "where", "which",
        "aber", "auch", "dass", "eine", "einen", "noch", "schon", "heute", "morgen", "nicht", "mein", "dein", "kann",
        "para", "pero", "como", "esta", "está", "bien", "muy", "media", "deleted",
    };

    public static string Build(string name, IReadOnlyList<ConversationMessage> window, int totalCount)
    {
        if (window.Count == 0)
        {
            return $"No messages with {name} yet.";
        }

        var culture = CultureInfo.InvariantCulture;
        var first = window[0].Timestamp;
        var last = window[^1].Timestamp;
        var incoming = window.Count(m => m.Direction == MessageDirection.Incoming);
        var builder = new StringBuilder();
        builder.Append(culture, $"{totalCount} message{(totalCount == 1 ? "" : "s")} with {name}; the latest {window.Count} span {Span(last - first)} ")
            .Append(culture, $"({first:yyyy-MM-dd} to {last:yyyy-MM-dd}): {name} wrote {incoming}, you wrote {window.Count - incoming}.");

        var topics = Topics(window);
        if (topics.Count > 0)
        {
            builder.Append(" Topics: ").Append(string.Join(", ", topics)).Append('.');
        }

        AppendLast(builder, window, MessageDirection.Incoming, $"Last from {name}");
        AppendLast(builder, window, MessageDirection.Outgoing, "Last from you");
        return builder.ToString();
    }

    private static void AppendLast(StringBuilder builder, IReadOnlyList<ConversationMessage> window, MessageDirection direction, string label)
    {
        var message = window.LastOrDefault(m => m.Direction == direction && !MessagePlaceholders.IsPlaceholder(m.Text));
        if (message is not null)
        {
            var text = message.Text.ReplaceLineEndings(" ").Trim();
            builder.Append(' ').Append(label).Append(": \"").Append(text.Length > QuoteLength ? text[..QuoteLength] + "…" : text).Append("\".");
        }
    }

    private static List<string> Topics(IReadOnlyList<ConversationMessage> window)
    {
        var counts = new Dictionary<string, (int Count, int LastSeen)>(StringComparer.Ordinal);
        for (var i = 0; i < window.Count; i++)
        {
            if (MessagePlaceholders.IsPlaceholder(window[i].Text))
            {
                continue;
            }

            foreach (var word in Words(window[i].Text).Distinct(StringComparer.Ordinal))
            {
                if (word.Length >= 4 && !StopWords.Contains(word) && !word.All(char.IsAsciiDigit))
                {
                    var (count, _) = counts.GetValueOrDefault(word);
                    counts[word] = (count + 1, i);
                }
            }
        }

        return [.. counts
            .Where(kv => kv.Value.Count >= 2)
            .OrderByDescending(kv => kv.Value.Count)
            .ThenByDescending(kv => kv.Value.LastSeen)
            .ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Take(TopicCount)
            .Select(kv => kv.Key)];
    }

    private static List<string> Words(string text) => Contacts.Style.MessageFeatures.Words(ContactIdentity.Fold(text));

    private static string Span(TimeSpan span) => span.TotalDays >= 2 ? $"{span.TotalDays:0} days"
        : span.TotalHours >= 2 ? $"{span.TotalHours:0} hours"
        : $"{Math.Max(1, span.TotalMinutes):0} minutes";
}
