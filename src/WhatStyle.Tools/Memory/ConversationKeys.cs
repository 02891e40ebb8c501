namespace WhatStyle.Tools.Memory;

/// <summary>Names a conversation: a one-to-one chat with a contact, or a group chat.</summary>
public static class ConversationKeys
{
    /// <summary>Group ids start with this prefix, so a group id passed where a contact id is expected still finds the group chat.</summary>
    public const string GroupIdPrefix = "gr_";

    public static string ForContact(string contactId) => "c:" + contactId;

    public static string ForGroup(string groupId) => "g:" + groupId;

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
