namespace WhatStyle.Tools.Tone.Emoji;

/// <summary>What an emoji or emoticon signals beyond its emotion and sentiment.</summary>
[Flags]
internal enum EmojiFlags
{
    None = 0,
    Distress = 1 << 0,
    Sarcasm = 1 << 1,
    Urgent = 1 << 2,
    Affection = 1 << 3,
    Laugh = 1 << 4,
    Tease = 1 << 5,
}
