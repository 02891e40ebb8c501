using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Mcp.Results;

/// <summary>A contact as MCP clients see it: the effective values first, then what the owner set and what was learned.</summary>
/// <param name="Id">Stable contact id; every other tool accepts it as <c>contact</c>.</param>
/// <param name="DisplayName">The name shown to the owner.</param>
/// <param name="Aliases">Other names the person goes by.</param>
/// <param name="Relationship">Effective relationship (the owner's setting, else "other").</param>
/// <param name="PreferredTone">The owner's preferred tone in their own words, when set.</param>
/// <param name="EmojiPolicy">Effective emoji policy (setting, else learned).</param>
/// <param name="Nickname">How the owner addresses them, when set.</param>
/// <param name="Language">ISO 639-1 language to answer in.</param>
/// <param name="Formality">Effective formality (learned, else what the relationship suggests).</param>
/// <param name="Address">
/// Effective "you" where the language has two (tu or vous, du or Sie): the owner's setting, else what their messages
/// show, else familiar for family and friends and polite for a manager or client.
/// </param>
/// <param name="Settings">Exactly what the owner set; null members are not set.</param>
/// <param name="Style">The style learned from the owner's own messages to this contact.</param>
public sealed record ContactProfileView(
    string Id,
    string DisplayName,
    IReadOnlyList<string> Aliases,
    Relationship Relationship,
    string? PreferredTone,
    EmojiPolicy EmojiPolicy,
    string? Nickname,
    string Language,
    FormalityLabel Formality,
    AddressForm Address,
    ContactSettings Settings,
    StyleFingerprint Style)
{
    /// <summary>Projects a domain profile; phone numbers and WhatsApp ids stay out (the model never needs them).</summary>
    public static ContactProfileView From(ContactProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new ContactProfileView(
            profile.Contact.Id,
            profile.Contact.DisplayName,
            profile.Contact.Aliases,
            profile.Relationship,
            profile.Settings.Tone,
            profile.EmojiPolicy,
            profile.Settings.Nickname,
            profile.Language,
            profile.Formality,
            profile.Address,
            profile.Settings,
            profile.Style);
    }
}
