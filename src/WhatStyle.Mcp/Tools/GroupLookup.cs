using ModelContextProtocol;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Contacts.Groups;

namespace WhatStyle.Mcp.Tools;

/// <summary>Resolves a <c>group</c> argument, or fails with a message that tells the model what to do.</summary>
internal static class GroupLookup
{
    public static async Task<GroupProfile> RequireAsync(IGroupDirectory directory, string group, CancellationToken cancellationToken)
    {
        var profile = await directory.FindAsync(group, cancellationToken);
        if (profile is not null)
        {
            return profile;
        }

        var shown = group.Length <= 40 ? group : group[..40] + "…";
        throw new McpException($"No group chat matches '{shown}'. Group chats are created when a message is recorded in them (record_message with 'group').");
    }

    /// <summary>
    /// The group, when <paramref name="member"/> belongs to it: a group's history is read only through one of its
    /// members, so naming a contact never opens a chat they are not part of.
    /// </summary>
    public static async Task<GroupProfile> RequireMemberAsync(IGroupDirectory directory, string group, ContactProfile member, CancellationToken cancellationToken)
    {
        var found = await RequireAsync(directory, ToolArguments.RequireGroup(group), cancellationToken);
        if (!found.Group.MemberIds.Contains(member.Contact.Id, StringComparer.Ordinal))
        {
            throw new McpException($"{member.Contact.DisplayName} is not a member of the group '{found.Group.Name}'. Pass a member of the group "
                + "(record_message with this group adds its sender), or omit 'group' for the one-to-one conversation.");
        }

        return found;
    }
}
