namespace WhatStyle.Tools.Voice.Model;

/// <summary>The files of one model version, all in the version's own folder.</summary>
internal static class VoiceModelFiles
{
    public const string Length = "length.zip";
    public const string Emoji = "emoji.zip";
    public const string Formal = "formal.zip";

    /// <summary>The owner's emoji per contact, most likely first (JSON).</summary>
    public const string EmojiChoice = "emoji-choice.json";

    public static IReadOnlyList<string> All { get; } = [Length, Emoji, Formal, EmojiChoice];
}
