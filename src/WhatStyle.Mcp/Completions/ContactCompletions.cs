using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using WhatStyle.Mcp.Prompts;
using WhatStyle.Mcp.Resources;
using WhatStyle.Tools.Contacts;

namespace WhatStyle.Mcp.Completions;

/// <summary>Suggests contact names for every <c>contact</c> argument: the resource templates and the <c>draft_reply</c> prompt.</summary>
internal static class ContactCompletions
{
    public static async ValueTask<CompleteResult> HandleAsync(
        RequestContext<CompleteRequestParams> context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Params;
        if (request is null || !IsContactArgument(request))
        {
            return new CompleteResult();
        }

        var directory = context.Services?.GetService<IContactDirectory>();
        if (directory is null)
        {
            return new CompleteResult();
        }

        var typed = request.Argument.Value?.Trim() ?? string.Empty;
        var profiles = await directory.ListAsync(typed.Length == 0 ? null : typed, cancellationToken);
        return CompletionValues.From(profiles.Select(p => p.Contact.DisplayName), typed);
    }

    private static bool IsContactArgument(CompleteRequestParams request) =>
        request.Argument?.Name == "contact" && request.Ref switch
        {
            ResourceTemplateReference template =>
                template.Uri is ContactResources.ProfileTemplate or ContactResources.ConversationTemplate,
            PromptReference prompt => prompt.Name == DraftReplyPrompt.Name,
            _ => false,
        };
}
