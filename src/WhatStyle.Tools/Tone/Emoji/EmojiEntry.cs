namespace WhatStyle.Tools.Tone.Emoji;

/// <summary>What one emoji or emoticon conveys, from the project's catalog.</summary>
internal sealed record EmojiEntry(string Key, string Name, Emotion Emotion, float Sentiment, EmojiFlags Flags)
{
    public bool Has(EmojiFlags flag) => (Flags & flag) != 0;
}
