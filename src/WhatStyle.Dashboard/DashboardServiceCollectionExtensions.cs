using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WhatStyle.Dashboard.Data;
using WhatStyle.Dashboard.Endpoints;
using WhatStyle.Dashboard.Events;
using WhatStyle.Dashboard.Security;

namespace WhatStyle.Dashboard;

/// <summary>The dashboard's DI. The host also registers the domain (<c>AddWhatStyleTools</c>) and an <see cref="Bridge.IBridgeOperations"/>.</summary>
public static class DashboardServiceCollectionExtensions
{
    /// <param name="services">The container.</param>
    /// <param name="configuration">Configuration (section <c>Dashboard</c>).</param>
    /// <param name="dataDirectory">The data directory, where the owner's password hash and the cookie keys (<c>keys/</c>) live.</param>
    public static IServiceCollection AddWhatStyleDashboard(this IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);

        services.AddOptions<DashboardOptions>().Bind(configuration.GetSection(DashboardOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddRazorComponents();
        services.AddDashboardKeyRing(dataDirectory);
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "WhatStyle.Dashboard.Antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.FormFieldName = "__dashboard_token";
        });
        services.AddAuthentication().AddCookie(DashboardAuth.Scheme, options =>
        {
            options.Cookie.Name = "WhatStyle.Dashboard";
            options.Cookie.Path = DashboardPaths.Root;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = DashboardPaths.Login;
            options.ExpireTimeSpan = TimeSpan.FromDays(7);
            options.SlidingExpiration = true;
        });

        services.TryAddSingleton<IDashboardEvents, DashboardEventHub>();
        services.AddSingleton(new DashboardPassword(dataDirectory));
        services.AddSingleton<LoginThrottle>();
        services.AddSingleton<DashboardAccess>();
        services.AddSingleton<DashboardGate>();
        services.AddSingleton<PageRenderer>();
        services.AddSingleton<DraftPlaces>();
        services.AddSingleton<AlertQuery>();
        services.AddSingleton<InboxQuery>();
        services.AddSingleton<ConversationQuery>();
        services.AddSingleton<AnalyticsQuery>();
        services.AddSingleton<StyleHistoryQuery>();
        services.AddSingleton<AlertNotifier>();
        services.AddHostedService(sp => sp.GetRequiredService<AlertNotifier>());
        return services;
    }
}
