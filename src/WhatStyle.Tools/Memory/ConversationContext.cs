using WhatStyle.Tools.Tone;

namespace WhatStyle.Tools.Memory;

/// <summary>What the agent needs to know about a conversation right now.</summary>
/// <param name="ContactId">The contact.</param>
/// <param name="Recent">The most recent messages, oldest first.</param>
/// <param name="Summary">A short rolling summary, made without an LLM.</param>
/// <param name="ToneTrend">The recent tone of the contact's messages.</param>
/// <param name="Senders">
/// Group conversations only: the display name of each sender in <paramref name="Recent"/>, by the contact id in
/// <see cref="ConversationMessage.ContactId"/>, so a reader knows who wrote what. Null for a one-to-one conversation.
/// </param>
public sealed record ConversationContext(
    string ContactId,
    IReadOnlyList<ConversationMessage> Recent,
    string Summary,
    ToneTrend ToneTrend,
    IReadOnlyDictionary<string, string>? Senders = null);

/// <summary>How the contact's recent messages felt, oldest to newest.</summary>
/// <param name="MessageCount">How many recent incoming messages it rests on.</param>
/// <param name="AverageSentiment">Mean sentiment score, -1..1.</param>
/// <param name="DominantEmotion">The most frequent emotion.</param>
/// <param name="Direction">"improving", "worsening" or "steady".</param>
public sealed record ToneTrend(int MessageCount, double AverageSentiment, Emotion DominantEmotion, string Direction)
{
    public static ToneTrend None { get; } = new(0, 0, Emotion.Neutral, "steady");
}
