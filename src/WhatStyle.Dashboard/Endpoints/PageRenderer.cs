using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using WhatStyle.Dashboard.Bridge;
using WhatStyle.Dashboard.Components.Layout;
using WhatStyle.Dashboard.Components.Pages;
using WhatStyle.Dashboard.Data;

namespace WhatStyle.Dashboard.Endpoints;

/// <summary>Renders a page component on the server with its frame: a fresh form token, the alerts and the last action's notice.</summary>
internal sealed class PageRenderer(IAntiforgery antiforgery, AlertQuery alerts, IBridgeOperations bridge)
{
    public async Task<IResult> RenderAsync<TPage>(HttpContext http, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken, int statusCode = StatusCodes.Status200OK)
        where TPage : IComponent
    {
        var all = new Dictionary<string, object?>(parameters, StringComparer.Ordinal)
        {
            ["Frame"] = await FrameAsync(http, cancellationToken),
        };
        return new RazorComponentResult<TPage>(all) { StatusCode = statusCode };
    }

    /// <summary>A page that only says something (not found, nothing to do).</summary>
    public Task<IResult> MessageAsync(HttpContext http, string title, string text, int statusCode, CancellationToken cancellationToken) =>
        RenderAsync<MessagePage>(http, new Dictionary<string, object?> { ["Title"] = title, ["Text"] = text }, cancellationToken, statusCode);

    internal async Task<PageFrame> FrameAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        return new PageFrame(
            tokens.FormFieldName,
            tokens.RequestToken ?? "",
            http.Items.ContainsKey(DashboardAuth.LoggedInItem),
            await alerts.LoadAsync(cancellationToken),
            Notices.Text(http.Request.Query["note"]),
            bridge.IsLive);
    }
}
