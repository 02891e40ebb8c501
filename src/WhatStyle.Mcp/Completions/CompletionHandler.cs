using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace WhatStyle.Mcp.Completions;

/// <summary>Answers <c>completion/complete</c>: sticker ids for the sticker image template, contact names elsewhere.</summary>
internal static class CompletionHandler
{
    public static ValueTask<CompleteResult> HandleAsync(RequestContext<CompleteRequestParams> context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Params is { } request && StickerCompletions.Handles(request)
            ? ValueTask.FromResult(StickerCompletions.Complete(context))
            : ContactCompletions.HandleAsync(context, cancellationToken);
    }
}
