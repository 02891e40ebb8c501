using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Contacts.Groups;
using WhatStyle.Tools.Drafts;
using WhatStyle.Tools.Memory;

namespace WhatStyle.Dashboard.Data;

/// <summary>
/// Which conversation a draft belongs to. Drafts name the WhatsApp sender (and group) as the bridge saw them; the
/// conversation is the contact (or group) that id resolves to. A draft for someone not yet a contact gets a key of its own.
/// </summary>
internal sealed class DraftPlaces(IContactDirectory contacts, IGroupDirectory groups)
{
    /// <summary>Prefix of the key of a draft whose sender is not a contact yet.</summary>
    public const string UnknownPrefix = "d:";

    public async Task<string> KeyOfAsync(Draft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return (await PlaceAsync(draft.Contact, draft.Group, draft.Chat, cancellationToken)).Key;
    }

    /// <summary>
    /// The conversation of a sender (and group) as the bridge saw them, and its name for the owner, in one lookup.
    /// </summary>
    public async Task<(string Key, string Title)> PlaceAsync(string contact, string? group, string chat, CancellationToken cancellationToken)
    {
        try
        {
            if (group is not null)
            {
                return await groups.FindAsync(group, cancellationToken) is { } found
                    ? (ConversationKeys.ForGroup(found.Group.Id), found.Group.Name)
                    : (UnknownPrefix + chat, group);
            }

            return await contacts.FindAsync(contact, cancellationToken) is { } profile
                ? (ConversationKeys.ForContact(profile.Contact.Id), profile.Contact.DisplayName)
                : (UnknownPrefix + chat, contact);
        }
        catch (ArgumentException)
        {
            // A sender id that cannot be a contact key still shows, under its own key.
            return (UnknownPrefix + chat, group ?? contact);
        }
    }

    /// <summary>The drafts by conversation key.</summary>
    public async Task<ILookup<string, Draft>> GroupAsync(IReadOnlyList<Draft> drafts, CancellationToken cancellationToken)
    {
        var placed = new List<(string Key, Draft Draft)>(drafts.Count);
        foreach (var draft in drafts)
        {
            placed.Add((await KeyOfAsync(draft, cancellationToken), draft));
        }

        return placed.ToLookup(p => p.Key, p => p.Draft, StringComparer.Ordinal);
    }
}
