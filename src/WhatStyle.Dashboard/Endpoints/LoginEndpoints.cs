using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WhatStyle.Dashboard.Components.Pages;
using WhatStyle.Dashboard.Security;

namespace WhatStyle.Dashboard.Endpoints;

/// <summary>Log in and out: the password checked against its salted hash, failures counted towards the lock-out.</summary>
internal static class LoginEndpoints
{
    public static void MapLogin(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(DashboardPaths.Login, (HttpContext http, PageRenderer pages, DashboardPassword password, string? returnUrl, CancellationToken cancellationToken) =>
            pages.RenderAsync<LoginPage>(http, new Dictionary<string, object?>
            {
                ["PasswordSet"] = password.IsSet,
                ["ReturnUrl"] = SafeReturn(returnUrl),
            }, cancellationToken));

        endpoints.MapPost(DashboardPaths.Login, LogInAsync);

        endpoints.MapPost(DashboardPaths.Logout, async (HttpContext http, DashboardGate gate) =>
        {
            if (await gate.CheckFormAsync(http) is { } refused)
            {
                return refused;
            }

            await http.SignOutAsync(DashboardAuth.Scheme);
            return Results.Redirect(DashboardPaths.Login);
        });
    }

    private static async Task<IResult> LogInAsync(
        HttpContext http, PageRenderer pages, DashboardGate gate, DashboardPassword password, LoginThrottle throttle, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await gate.CheckFormAsync(http) is { } refused)
        {
            return refused;
        }

        var form = await http.Request.ReadFormAsync(cancellationToken);
        var returnUrl = SafeReturn(form["returnUrl"]);
        string? error = null;
        if (throttle.LockedUntil() is { } until)
        {
            error = $"Too many failed attempts: the login is locked for {Math.Max(1, (int)Math.Ceiling((until - time.GetUtcNow()).TotalMinutes))} more minute(s).";
        }
        else if (password.Verify(form["password"]))
        {
            throttle.Succeeded();
            var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "owner")], DashboardAuth.Scheme);
            await http.SignInAsync(DashboardAuth.Scheme, new ClaimsPrincipal(identity));
            return Results.Redirect(returnUrl);
        }
        else
        {
            throttle.Failed();
            error = throttle.LockedUntil() is null ? "Wrong password." : "Wrong password. Too many failed attempts: the login is locked for a while.";
        }

        return await pages.RenderAsync<LoginPage>(http, new Dictionary<string, object?>
        {
            ["PasswordSet"] = password.IsSet,
            ["Error"] = error,
            ["ReturnUrl"] = returnUrl,
        }, cancellationToken, StatusCodes.Status401Unauthorized);
    }

    /// <summary>Only a dashboard address: a login link cannot send the owner elsewhere.</summary>
    internal static string SafeReturn(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url.StartsWith(DashboardPaths.Root, StringComparison.Ordinal) && !url.Contains("//", StringComparison.Ordinal)
            && !url.Contains('\\', StringComparison.Ordinal)
            ? url
            : DashboardPaths.Root;
}
