using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace WhatStyle.Dashboard.Security;

/// <summary>
/// Where the keys behind the dashboard's login cookie and antiforgery tokens live: <c>&lt;data-dir&gt;/keys</c>, not
/// ASP.NET Core's default <c>~/.aspnet/DataProtection-Keys</c>. A container restarted on its data volume, or the data
/// directory moved to another machine, then keeps the owner logged in and every open form valid, and a backup of the
/// data directory holds them. One application name for every host that serves the dashboard (the bridge,
/// <c>whatstyle dashboard</c>): the default name is the host's content root, which differs between the two and would
/// make each refuse the other's cookies.
/// </summary>
internal static class DashboardKeyRing
{
    /// <summary>The key ring's folder inside the data directory.</summary>
    public const string FolderName = "keys";

    /// <summary>What ties a cookie to the dashboard rather than to the host that happened to issue it.</summary>
    public const string ApplicationName = "WhatStyle.Dashboard";

    public static IServiceCollection AddDashboardKeyRing(this IServiceCollection services, string dataDirectory)
    {
        var folder = new DirectoryInfo(Path.Combine(dataDirectory, FolderName));
        var dataProtection = services.AddDataProtection().SetApplicationName(ApplicationName);

        // What PersistKeysToFileSystem does, with the folder kept owner-only (OwnerOnlyKeyFolder).
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
        {
            var loggerFactory = sp.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance;
            return new ConfigureOptions<KeyManagementOptions>(options => options.XmlRepository = new OwnerOnlyKeyFolder(folder, loggerFactory));
        });

        if (OperatingSystem.IsWindows())
        {
            // The default location on Windows encrypts keys with DPAPI; an explicit folder does not unless asked.
            dataProtection.ProtectKeysWithDpapi();
        }

        return services;
    }
}
