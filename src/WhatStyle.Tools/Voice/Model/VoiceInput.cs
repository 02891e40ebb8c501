using WhatStyle.Tools.Tone;

namespace WhatStyle.Tools.Voice.Model;

/// <summary>What the voice model reads: who the reply is for and how the incoming message reads.</summary>
/// <param name="ContactId">The contact's id.</param>
/// <param name="Incoming">The incoming message's text.</param>
/// <param name="Intent">The incoming message's intent (the tone analyser's reading).</param>
/// <param name="Formal">Whether the incoming message reads as formal.</param>
/// <param name="Sentiment">The incoming message's sentiment.</param>
public sealed record VoiceInput(string ContactId, string Incoming, MessageIntent Intent, bool Formal, SentimentLabel Sentiment)
{
    /// <summary>The input for a message read by the tone analyser.</summary>
    public static VoiceInput From(string contactId, string incoming, ToneAnalysis tone)
    {
        ArgumentNullException.ThrowIfNull(tone);
        return new VoiceInput(contactId, incoming, tone.Intent, tone.Formality.Label == FormalityLabel.Formal, tone.Sentiment.Label);
    }
}
