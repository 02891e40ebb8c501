using ModelContextProtocol;
using WhatStyle.Tools.Contacts.Groups;

namespace WhatStyle.McpServer.Tools;

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
}
