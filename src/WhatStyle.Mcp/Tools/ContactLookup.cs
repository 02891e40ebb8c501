using ModelContextProtocol;
using WhatStyle.Tools.Contacts;

namespace WhatStyle.Mcp.Tools;

/// <summary>Resolves the <c>contact</c> argument every tool takes, or fails with a message that tells the model what to do.</summary>
internal static class ContactLookup
{
    public static async Task<ContactProfile> RequireAsync(IContactDirectory directory, string? contact, CancellationToken cancellationToken)
    {
        var nameOrId = ToolArguments.RequireContact(contact);
        var profile = await directory.FindAsync(nameOrId, cancellationToken);
        return profile ?? throw UnknownContact(nameOrId);
    }

    public static McpException UnknownContact(string nameOrId)
    {
        var shown = nameOrId.Length <= 40 ? nameOrId : nameOrId[..40] + "…";
        return new McpException(
            $"No contact matches '{shown}'. Call list_contacts (optionally with a query) to find the right name or id, "
            + "or record_message to start a conversation with someone new.");
    }
}
