using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WhatStyle.Dashboard.Endpoints;

namespace WhatStyle.Dashboard;

/// <summary>Mounts the dashboard at <c>/dashboard</c>.</summary>
public static class DashboardEndpointRouteBuilderExtensions
{
    /// <summary>The login and stylesheet are open; every other page and action passes the gate (login where needed, antiforgery on POST).</summary>
    public static IEndpointRouteBuilder MapWhatStyleDashboard(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapAssets();
        endpoints.MapLogin();

        var dashboard = endpoints.MapGroup(DashboardPaths.Root).AddEndpointFilter<DashboardGate>().ExcludeFromDescription();
        dashboard.MapPages();
        dashboard.MapActions();
        dashboard.MapStickers();
        dashboard.MapEventStream();
        return endpoints;
    }
}
