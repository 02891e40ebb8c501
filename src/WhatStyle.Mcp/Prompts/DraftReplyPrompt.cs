using System.ComponentModel;
using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.AI;
using ModelContextProtocol.Server;
using WhatStyle.Mcp.Tools;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Serialization;

namespace WhatStyle.Mcp.Prompts;

/// <summary>The <c>draft_reply</c> prompt: lets any LLM draft a reply in the owner's style by calling the WhatStyle tools.</summary>
[McpServerPromptType]
internal sealed class DraftReplyPrompt(IContactDirectory contacts)
{
    public const string Name = "draft_reply";

    private static readonly Lazy<string> Instructions = new(LoadInstructions);

    [McpServerPrompt(Name = Name, Title = "Draft a reply in my style")]
    [Description("Drafts a WhatsApp reply to a contact's message in the owner's style, using the WhatStyle tools for the profile, context, tone and past replies.")]
    public async Task<IReadOnlyList<ChatMessage>> DraftReplyAsync(
        [Description("Who wrote the message: name, alias, phone number or id.")] string contact,
        [Description("The message to answer, exactly as received.")] string message,
        CancellationToken cancellationToken = default)
    {
        ToolArguments.RequireText(message, nameof(message));
        var profile = await ContactLookup.RequireAsync(contacts, contact, cancellationToken);

        // The untrusted text travels only inside a JSON value, never spliced into the instructions.
        var data = JsonSerializer.Serialize(
            new DraftReplyData(profile.Contact.Id, profile.Contact.DisplayName, message), WhatStyleJson.Indented);
        return
        [
            new ChatMessage(ChatRole.User, Instructions.Value),
            new ChatMessage(ChatRole.User, data),
        ];
    }

    private static string LoadInstructions()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("WhatStyle.Mcp.Prompts.draft_reply.md")
            ?? throw new InvalidOperationException("The draft_reply prompt is missing from the assembly resources.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private sealed record DraftReplyData(string ContactId, string ContactName, string IncomingMessage);
}
