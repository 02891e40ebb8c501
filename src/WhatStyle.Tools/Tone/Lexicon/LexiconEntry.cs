namespace WhatStyle.Tools.Tone.Lexicon;

/// <summary>One word of the project's chat lexicon.</summary>
/// <param name="Word">The lower-case word.</param>
/// <param name="Valence">Sentiment from -3 (very negative) to 3 (very positive).</param>
/// <param name="Emotion">The emotion the word usually carries, or <see cref="Tone.Emotion.Neutral"/>.</param>
/// <param name="Flags">Other signals: negator, intensifier, register, urgency, distress, sarcasm.</param>
internal sealed record LexiconEntry(string Word, float Valence, Emotion Emotion, LexiconFlags Flags)
{
    public bool Has(LexiconFlags flag) => (Flags & flag) != 0;
}
