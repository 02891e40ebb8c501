using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace WhatStyle.Dashboard.Security;

/// <summary>
/// Whether a request must be logged in. On loopback only (every address the server listens on, and the caller) the
/// dashboard is the owner's own machine and needs no password; beyond it (or through a proxy) the owner's login is required.
/// <see cref="DashboardOptions.RequireLogin"/> true forces the login everywhere; false cannot lift it beyond loopback.
/// </summary>
internal sealed class DashboardAccess(IOptions<DashboardOptions> options, IServiceProvider services)
{
    public bool RequiresLogin(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (options.Value.RequireLogin == true)
        {
            return true;
        }

        return !IsLoopback(context.Connection.RemoteIpAddress) || IsForwarded(context.Request.Headers) || ListensBeyondLoopback();
    }

    /// <summary>A request a proxy on this machine passed on came from elsewhere, whatever its loopback address says.</summary>
    private static bool IsForwarded(IHeaderDictionary headers) =>
        headers.ContainsKey("Forwarded") || headers.ContainsKey("X-Forwarded-For") || headers.ContainsKey("X-Real-IP");

    /// <summary>A caller with no address is in-process (a test server).</summary>
    private static bool IsLoopback(IPAddress? address) => address is null || IPAddress.IsLoopback(address);

    private bool ListensBeyondLoopback()
    {
        var addresses = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses;
        return addresses is not null && addresses.Any(a => !LoopbackAddress.IsLoopbackUrl(a));
    }
}
