using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using WhatStyle.Dashboard.Endpoints;
using WhatStyle.Dashboard.Security;

namespace WhatStyle.Dashboard.Tests.Security;

/// <summary>The keys behind the login cookie and the antiforgery tokens live in the data directory, shared by every host.</summary>
public sealed class DashboardKeyRingTests : IDisposable
{
    private const string BridgeContentRoot = "/srv/whatstyle/bridge";
    private const string CliContentRoot = "/usr/lib/whatstyle/cli";

    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("whatstyle-keys-").FullName;
    private readonly string _otherDataDirectory = Directory.CreateTempSubdirectory("whatstyle-keys-").FullName;

    [Fact]
    public async Task LoginCookieAndFormToken_FromTheBridge_AreAcceptedByTheCliDashboardOnTheSameDataDirectory()
    {
        string cookie;
        AntiforgeryTokenSet tokens;
        await using (var bridge = Host(_dataDirectory, BridgeContentRoot))
        {
            cookie = CookieFormat(bridge).Protect(OwnerTicket());
            tokens = bridge.GetRequiredService<IAntiforgery>().GetAndStoreTokens(new DefaultHttpContext { RequestServices = bridge });
        }

        // A second process (a restart, or `whatstyle dashboard` beside the bridge): a new provider, the same folder.
        await using var cli = Host(_dataDirectory, CliContentRoot);

        Assert.Equal("owner", CookieFormat(cli).Unprotect(cookie)?.Principal.Identity?.Name);
        Assert.True(await cli.GetRequiredService<IAntiforgery>().IsRequestValidAsync(FormPost(cli, tokens)));
    }

    [Fact]
    public async Task KeyRing_OfAnotherDataDirectory_IsNotUsed()
    {
        string cookie;
        AntiforgeryTokenSet tokens;
        await using (var first = Host(_dataDirectory, BridgeContentRoot))
        {
            cookie = CookieFormat(first).Protect(OwnerTicket());
            tokens = first.GetRequiredService<IAntiforgery>().GetAndStoreTokens(new DefaultHttpContext { RequestServices = first });
        }

        await using var elsewhere = Host(_otherDataDirectory, BridgeContentRoot);

        Assert.Null(CookieFormat(elsewhere).Unprotect(cookie));
        Assert.False(await elsewhere.GetRequiredService<IAntiforgery>().IsRequestValidAsync(FormPost(elsewhere, tokens)));
    }

    [Fact]
    public async Task KeyRing_IsWrittenToTheKeysFolderOfTheDataDirectory_ReadableByTheOwnerOnly()
    {
        var folder = Path.Combine(_dataDirectory, DashboardKeyRing.FolderName);
        if (!OperatingSystem.IsWindows())
        {
            // A folder left world-readable (by hand, or by an older version) is narrowed too.
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }

        await using (var host = Host(_dataDirectory, BridgeContentRoot))
        {
            CookieFormat(host).Protect(OwnerTicket());
        }

        var key = Assert.Single(Directory.GetFiles(folder, "key-*.xml"));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
            Assert.Equal(UnixFileMode.None, File.GetUnixFileMode(key) & (UnixFileMode.GroupRead | UnixFileMode.OtherRead));
        }
    }

    /// <summary>The dashboard's services as a host registers them; only the content root differs between hosts.</summary>
    private static ServiceProvider Host(string dataDirectory, string contentRoot)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IHostEnvironment>(new FixedHostEnvironment(contentRoot));
        services.AddWhatStyleDashboard(new ConfigurationBuilder().Build(), dataDirectory);
        return services.BuildServiceProvider();
    }

    private static ISecureDataFormat<AuthenticationTicket> CookieFormat(IServiceProvider services) =>
        services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(DashboardAuth.Scheme).TicketDataFormat;

    private static AuthenticationTicket OwnerTicket() =>
        new(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "owner")], DashboardAuth.Scheme)), DashboardAuth.Scheme);

    /// <summary>A form post carrying the antiforgery cookie and field another process issued.</summary>
    private static DefaultHttpContext FormPost(IServiceProvider services, AntiforgeryTokenSet tokens)
    {
        var context = new DefaultHttpContext { RequestServices = services };
        var options = services.GetRequiredService<IOptions<AntiforgeryOptions>>().Value;
        context.Request.Method = HttpMethods.Post;
        context.Request.ContentType = "application/x-www-form-urlencoded";
        context.Request.Headers.Cookie = $"{options.Cookie.Name}={tokens.CookieToken}";
        context.Request.Form = new FormCollection(new Dictionary<string, StringValues> { [options.FormFieldName] = tokens.RequestToken });
        return context;
    }

    public void Dispose()
    {
        Directory.Delete(_dataDirectory, recursive: true);
        Directory.Delete(_otherDataDirectory, recursive: true);
    }

    private sealed class FixedHostEnvironment(string contentRoot) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Production;
        public string ApplicationName { get; set; } = "WhatStyle";
        public string ContentRootPath { get; set; } = contentRoot;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
