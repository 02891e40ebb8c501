namespace WhatStyle.Tools.Memory;

/// <summary>Names a conversation: a one-to-one chat with a contact, or a group chat.</summary>
public static class ConversationKeys
{
    /// <summary>Group ids start with this prefix, so a group id passed where a contact id is expected still finds the group chat.</summary>
    public const string GroupIdPrefix = "gr_";

    /// <summary>The key of a one-to-one chat is this prefix and the contact id.</summary>
    public const string ContactPrefix = "c:";

    /// <summary>The key of a group chat is this prefix and the group id.</summary>
    public const string GroupPrefix = "g:";

    public static string ForContact(string contactId) => ContactPrefix + contactId;

    public static string ForGroup(string groupId) => GroupPrefix + groupId;

    /// <summary>The contact id of a one-to-one chat's key; false for a group's key or anything else.</summary>
    public static bool TryContactId(string? key, out string contactId) => TryId(key, ContactPrefix, out contactId);

    /// <summary>The group id of a group chat's key; false for a contact's key or anything else.</summary>
    public static bool TryGroupId(string? key, out string groupId) => TryId(key, GroupPrefix, out groupId);

    private static bool TryId(string? key, string prefix, out string id)
    {
        id = key is not null && key.Length > prefix.Length && key.StartsWith(prefix, StringComparison.Ordinal) ? key[prefix.Length..] : "";
        return id.Length > 0;
    }

    /// <summary>The conversation a message belongs to.</summary>
    public static string For(ConversationMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.GroupId is { Length: > 0 } group ? ForGroup(group) : ForContact(message.ContactId);
    }

    /// <summary>The conversation of a contact id or group id.</summary>
    public static string ForId(string contactOrGroupId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contactOrGroupId);
        return contactOrGroupId.StartsWith(GroupIdPrefix, StringComparison.Ordinal) ? ForGroup(contactOrGroupId) : ForContact(contactOrGroupId);
    }
}
