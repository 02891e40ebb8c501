namespace WhatStyle.Tools.Contacts;

/// <summary>What the owner decided about a contact. Null means "not set": the learned style decides. Learned values never override these.</summary>
public sealed record ContactSettings
{
    public Relationship? Relationship { get; init; }

    /// <summary>Preferred tone in the owner's words, e.g. "playful", "respectful", "warm".</summary>
    public string? Tone { get; init; }

    /// <summary>ISO 639-1 language to answer in.</summary>
    public string? Language { get; init; }

    public EmojiPolicy? Emoji { get; init; }

    /// <summary>Familiar (tu, du) or polite (vous, Sie) where the language has the difference.</summary>
    public AddressForm? Address { get; init; }

    /// <summary>How the owner addresses them ("babe", "Dad").</summary>
    public string? Nickname { get; init; }

    public string? Greeting { get; init; }
    public string? SignOff { get; init; }

    /// <summary>What the WhatsApp bridge does with their messages; null: the bridge's <c>Bridge:DefaultMode</c>.</summary>
    public ReplyMode? ReplyMode { get; init; }
}
