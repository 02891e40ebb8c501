using WhatStyle.Tools.Contacts;

namespace WhatStyle.Agent.Replies.Tools;

/// <summary>The one conversation a reply is about: every way its contact can be named, and nothing else.</summary>
public sealed class ConversationScope
{
    private readonly HashSet<string> _identities;

    public ConversationScope(ContactProfile contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        Contact = contact;
        _identities = contact.Contact.Aliases
            .Concat(contact.Contact.PhoneNumbers)
            .Concat(contact.Contact.WhatsAppIds)
            .Append(contact.Contact.DisplayName)
            .Append(contact.Contact.Id)
            .Select(Normalize)
            .Where(s => s.Length > 0)
            .ToHashSet(StringComparer.Ordinal);
    }

    public ContactProfile Contact { get; }

    /// <summary>The contact id tools are given when the model leaves <c>contact</c> out.</summary>
    public string ContactId => Contact.Contact.Id;

    /// <summary>True when <paramref name="nameOrId"/> names this conversation's contact.</summary>
    public bool Allows(string? nameOrId) => nameOrId is not null && _identities.Contains(Normalize(nameOrId));

    // Case, spaces and phone punctuation do not make a different person: "+49 170-111" is "+49170111".
    private static string Normalize(string value) =>
        new string([.. value.Trim().ToLowerInvariant().Where(c => !char.IsWhiteSpace(c) && c is not ('-' or '(' or ')' or '.'))]);
}
