namespace WhatStyle.Tools.Tone.Lexicon;

/// <summary>What a lexicon word signals besides its valence and emotion.</summary>
[Flags]
internal enum LexiconFlags
{
    None = 0,
    Negator = 1 << 0,
    Intensifier = 1 << 1,
    Downtoner = 1 << 2,
    Slang = 1 << 3,
    Formal = 1 << 4,
    Urgent = 1 << 5,
    Distress = 1 << 6,
    Care = 1 << 7,
    Sarcasm = 1 << 8,
    Situation = 1 << 9,
    Self = 1 << 10,
    Greeting = 1 << 11,
}
