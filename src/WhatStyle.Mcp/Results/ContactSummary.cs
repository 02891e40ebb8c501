using WhatStyle.Tools.Contacts;

namespace WhatStyle.Mcp.Results;

/// <summary>One line of <c>list_contacts</c>: enough to pick a contact, without the learned style.</summary>
/// <param name="Id">Stable contact id.</param>
/// <param name="DisplayName">The name shown to the owner.</param>
/// <param name="Aliases">Other names the person goes by.</param>
/// <param name="Relationship">Effective relationship.</param>
/// <param name="MessageCount">How many of the owner's messages the learned style rests on.</param>
public sealed record ContactSummary(
    string Id,
    string DisplayName,
    IReadOnlyList<string> Aliases,
    Relationship Relationship,
    int MessageCount)
{
    public static ContactSummary From(ContactProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new ContactSummary(
            profile.Contact.Id, profile.Contact.DisplayName, profile.Contact.Aliases, profile.Relationship, profile.Style.MessageCount);
    }
}

/// <summary>Result of <c>list_contacts</c>.</summary>
/// <param name="Contacts">Matching contacts, sorted by display name.</param>
public sealed record ContactList(IReadOnlyList<ContactSummary> Contacts);
