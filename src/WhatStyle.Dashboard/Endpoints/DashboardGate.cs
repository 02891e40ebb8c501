using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using WhatStyle.Dashboard.Security;

namespace WhatStyle.Dashboard.Endpoints;

/// <summary>
/// In front of every dashboard page and action: the owner's login where one is required (<see cref="DashboardAccess"/>),
/// and the antiforgery check on every POST. No handler runs without passing here.
/// </summary>
internal sealed class DashboardGate(DashboardAccess access, IAntiforgery antiforgery) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (access.RequiresLogin(http))
        {
            var result = await http.AuthenticateAsync(DashboardAuth.Scheme);
            if (!result.Succeeded)
            {
                return HttpMethods.IsGet(http.Request.Method)
                    ? Results.Redirect($"{DashboardPaths.Login}?returnUrl={Uri.EscapeDataString(http.Request.Path + http.Request.QueryString)}")
                    : Results.Text("Log in first.", statusCode: StatusCodes.Status401Unauthorized);
            }

            // The user the antiforgery tokens are bound to, whether or not the host runs the authentication middleware.
            http.User = result.Principal;
            http.Items[DashboardAuth.LoggedInItem] = true;
        }

        return await CheckFormAsync(http) ?? await next(context);
    }

    /// <summary>Null when the request may go on; else the refusal.</summary>
    internal async Task<IResult?> CheckFormAsync(HttpContext http)
    {
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
        {
            return null;
        }

        try
        {
            await antiforgery.ValidateRequestAsync(http);
            return null;
        }
        catch (AntiforgeryValidationException)
        {
            return Results.Text("This form has expired or did not come from the dashboard. Reload the page and try again.",
                statusCode: StatusCodes.Status400BadRequest);
        }
    }
}
