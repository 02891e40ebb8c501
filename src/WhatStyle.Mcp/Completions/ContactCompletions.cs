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
    /// <summary>The protocol caps a completion at 100 values.</summary>
    private const int MaxValues = 100;

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
        var names = profiles
            .Select(p => p.Contact.DisplayName)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            // Names that start with what was typed come first; the directory also matches inside names and numbers.
            .OrderBy(n => n.StartsWith(typed, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(n => n, StringComparer.OrdinalIgnoreCase)
            .ToList();

        return new CompleteResult
        {
            Completion = new Completion
            {
                Values = [.. names.Take(MaxValues)],
                Total = names.Count,
                HasMore = names.Count > MaxValues,
            },
        };
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
