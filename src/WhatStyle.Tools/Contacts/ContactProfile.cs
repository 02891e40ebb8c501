using WhatStyle.Tools.Tone;

namespace WhatStyle.Tools.Contacts;

/// <summary>A contact with what the owner set and what was learned, and the effective values that combine them.</summary>
public sealed record ContactProfile(Contact Contact, ContactSettings Settings, StyleFingerprint Style)
{
    public Relationship Relationship => Settings.Relationship ?? Relationship.Other;

    /// <summary>The owner's setting, else what the learned emoji rate says (none below 0.05 per message, heavy above 0.8).</summary>
    public EmojiPolicy EmojiPolicy => Settings.Emoji ?? Style switch
    {
        { MessageCount: 0 } => EmojiPolicy.Light,
        { EmojiRate: < 0.05 } => EmojiPolicy.None,
        { EmojiRate: > 0.8 } => EmojiPolicy.Heavy,
        _ => EmojiPolicy.Light,
    };

    /// <summary>The owner's language setting, else the language they use most with this contact, else English.</summary>
    public string Language => Settings.Language
        ?? Style.Languages.OrderByDescending(pair => pair.Value).Select(pair => pair.Key).FirstOrDefault()
        ?? "en";

    /// <summary>
    /// Tu or vous, du or Sie: the owner's setting, else how the owner's messages in the contact's language address them,
    /// else <see cref="AddressDefault"/> (family and friends familiar, work polite).
    /// </summary>
    public AddressForm Address => Settings.Address
        ?? Style.LearnedAddress(Language)
        ?? AddressDefault.For(Relationship, Formality);

    /// <summary>Learned formality, else what the relationship suggests.</summary>
    public FormalityLabel Formality => Style.MessageCount > 0
        ? Style.FormalityLabel
        : Relationship is Relationship.Parent or Relationship.Manager or Relationship.Client or Relationship.Colleague
            ? FormalityLabel.Formal
            : FormalityLabel.Casual;
}
