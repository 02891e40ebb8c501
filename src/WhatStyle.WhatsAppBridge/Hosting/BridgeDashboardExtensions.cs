using WhatStyle.Dashboard;
using WhatStyle.Dashboard.Bridge;
using WhatStyle.Dashboard.Events;
using WhatStyle.Hosting;
using WhatStyle.WhatsAppBridge.Dashboard;
using WhatStyle.WhatsAppBridge.Poison;

namespace WhatStyle.WhatsAppBridge.Hosting;

/// <summary>The owner's dashboard at /dashboard, over the bridge's live state (docs/dashboard.md).</summary>
internal static class BridgeDashboardExtensions
{
    public static IHostApplicationBuilder AddBridgeDashboard(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var dataDirectory = HostEnvironment.ResolveDataDirectory(builder.Configuration[BridgeHostingExtensions.DataDirectoryKey]);
        builder.Services.AddWhatStyleDashboard(builder.Configuration, dataDirectory);
        builder.Services.AddSingleton<DeadLetterActions>();
        builder.Services.AddSingleton<IBridgeOperations, BridgeOperations>();
        // The live event log shows the bridge's own log lines (ids and kinds, never message text).
        builder.Services.AddSingleton<ILoggerProvider>(sp => new DashboardLoggerProvider(
            sp.GetRequiredService<IDashboardEvents>(), sp.GetRequiredService<TimeProvider>(), "WhatStyle.WhatsAppBridge."));
        return builder;
    }
}
