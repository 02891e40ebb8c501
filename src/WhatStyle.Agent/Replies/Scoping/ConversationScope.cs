using WhatStyle.Tools.Contacts;
using Relationships = WhatStyle.Tools.Contacts.Relationship;

namespace WhatStyle.Agent.Replies.Scoping;

/// <summary>
/// The one conversation a reply is about: every way its contact can be named and, in a group, every way the group can
/// be named, and nothing else. In a group the contact is the sender; the other members are deliberately NOT in scope:
/// their own conversations with the owner are private, even from people they share a group with.
/// </summary>
public sealed class ConversationScope
{
    private readonly HashSet<string> _identities;
    private readonly HashSet<string> _groupIdentities;

    public ConversationScope(ContactProfile contact, ConversationGroup? group = null)
    {
        ArgumentNullException.ThrowIfNull(contact);
        Contact = contact;
        Group = group;
        _identities = Normalized(contact.Contact.Aliases
            .Concat(contact.Contact.PhoneNumbers)
            .Concat(contact.Contact.WhatsAppIds)
            .Append(contact.Contact.DisplayName)
            .Append(contact.Contact.Id));
        _groupIdentities = group is null ? [] : Normalized([group.Name, group.Id]);
    }

    public ContactProfile Contact { get; }

    /// <summary>The group the message was written in; null for a one-to-one conversation.</summary>
    public ConversationGroup? Group { get; }

    /// <summary>
    /// The relationship tools are given (it decides which stickers may be chosen): the contact's own one-to-one, and
    /// <c>other</c> in a group, which everyone in it reads (no romantic sticker to a family group).
    /// </summary>
    public string? Relationship => Group is not null
        ? nameof(Relationships.Other).ToLowerInvariant()
        : Contact.Settings.Relationship?.ToString().ToLowerInvariant();

    /// <summary>The contact id every tool that takes a contact is given.</summary>
    public string ContactId => Contact.Contact.Id;

    /// <summary>True when <paramref name="nameOrId"/> names this conversation's contact (in a group: the sender).</summary>
    public bool Allows(string? nameOrId) => nameOrId is not null && _identities.Contains(Normalize(nameOrId));

    /// <summary>True when <paramref name="nameOrId"/> names this conversation's group; always false one-to-one.</summary>
    public bool AllowsGroup(string? nameOrId) => nameOrId is not null && _groupIdentities.Contains(Normalize(nameOrId));

    /// <summary>What the refusal calls this conversation.</summary>
    public string Description => Group is null ? Contact.Contact.DisplayName : $"{Contact.Contact.DisplayName} in the group \"{Group.Name}\"";

    private static HashSet<string> Normalized(IEnumerable<string> values) =>
        values.Select(Normalize).Where(s => s.Length > 0).ToHashSet(StringComparer.Ordinal);

    // Case, spaces and phone punctuation do not make a different person: "+49 170-111" is "+49170111".
    private static string Normalize(string value) =>
        new string([.. value.Trim().ToLowerInvariant().Where(c => !char.IsWhiteSpace(c) && c is not ('-' or '(' or ')' or '.'))]);
}

/// <summary>A group chat as the scope guard knows it.</summary>
/// <param name="Id">The group's id (as <c>record_message</c> returned it).</param>
/// <param name="Name">The group's name.</param>
public sealed record ConversationGroup(string Id, string Name);
