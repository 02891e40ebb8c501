namespace WhatStyle.Tools.Tone.Model;

/// <summary>The lexicon and rule features at fixed positions in front of the hashed n-gram features.</summary>
/// <remarks>Emoji and emoticons feed the same emotion and valence slots as words, so what the model learns about
/// "love" words from GoEmotions carries over to ❤️ and 😘, which that data barely contains.</remarks>
internal enum DenseFeature
{
    LexJoy = 0,
    LexLove,
    LexSadness,
    LexAnger,
    LexFear,
    LexSurprise,
    LexDisgust,
    Positive,
    Negative,
    NegatedPositive,
    NegatedNegative,
    Intensifier,
    Elongation,
    AllCaps,
    Exclamation,
    Question,
    Interrobang,
    Distress,
    SarcasmMarker,
    Laugh,
    Self,
    Care,
    Length,
    Emoji,
    Count,
}
