using System.Net;
using WhatStyle.Dashboard.Security;
using WhatStyle.Dashboard.Tests.Support;

namespace WhatStyle.Dashboard.Tests.Security;

public sealed class LoginTests
{
    private const string Password = "correct horse battery";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<DashboardServer> StartWithLoginAsync() =>
        DashboardServer.StartAsync(new Dictionary<string, string?> { ["Dashboard:RequireLogin"] = "true", ["Dashboard:MaxFailedLogins"] = "3" }, Ct);

    [Fact]
    public async Task Get_LoginRequiredAndNotLoggedIn_RedirectsToLogin()
    {
        await using var server = await StartWithLoginAsync();
        using var client = server.Client();

        var (status, _) = await client.GetAsync("/dashboard/operations", Ct);
        var (_, login) = await client.GetAsync("/dashboard/login", Ct);

        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.Contains("whatstyle dashboard set-password", login, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LogIn_RightPassword_OpensEveryPage_WrongOneDoesNot()
    {
        await using var server = await StartWithLoginAsync();
        server.Get<DashboardPassword>().Set(Password);
        using var client = server.Client();
        await client.GetAsync("/dashboard/login", Ct);

        using var wrong = await client.PostAsync("/dashboard/login", new Dictionary<string, string> { ["password"] = "guess guess guess" }, Ct);
        using var right = await client.PostAsync("/dashboard/login", new Dictionary<string, string> { ["password"] = Password, ["returnUrl"] = "/dashboard/operations" }, Ct);
        var (status, html) = await client.GetAsync("/dashboard/operations", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal("/dashboard/operations", right.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Log out", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LogIn_RepeatedFailures_LockEvenTheRightPassword_UntilTheLockOutEnds()
    {
        await using var server = await StartWithLoginAsync();
        server.Get<DashboardPassword>().Set(Password);
        using var client = server.Client();
        await client.GetAsync("/dashboard/login", Ct);
        for (var i = 0; i < 3; i++)
        {
            using var failed = await client.PostAsync("/dashboard/login", new Dictionary<string, string> { ["password"] = $"guess number {i}" }, Ct);
        }

        using var locked = await client.PostAsync("/dashboard/login", new Dictionary<string, string> { ["password"] = Password }, Ct);
        server.Time.Advance(TimeSpan.FromMinutes(16));
        using var open = await client.PostAsync("/dashboard/login", new Dictionary<string, string> { ["password"] = Password }, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Contains("locked", await locked.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, open.StatusCode);
    }

    [Fact]
    public async Task LogIn_WithoutFormToken_IsRefused()
    {
        await using var server = await StartWithLoginAsync();
        server.Get<DashboardPassword>().Set(Password);
        using var client = server.Client();

        using var response = await client.PostAsync("/dashboard/login", new Dictionary<string, string> { ["password"] = Password }, Ct, withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Get_ThroughAProxyOnLoopback_RequiresTheLogin()
    {
        await using var server = await DashboardServer.StartAsync(cancellationToken: Ct);
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseProxy = false }) { BaseAddress = server.Address };
        using var forwarded = new HttpRequestMessage(HttpMethod.Get, "/dashboard");
        forwarded.Headers.Add("X-Forwarded-For", "203.0.113.9");

        using var direct = await http.GetAsync("/dashboard", Ct);
        using var proxied = await http.SendAsync(forwarded, Ct);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Redirect), (direct.StatusCode, proxied.StatusCode));
    }

    [Theory]
    [InlineData("https://evil.example/", "/dashboard")]
    [InlineData("//evil.example/dashboard", "/dashboard")]
    [InlineData("/dashboard//evil.example", "/dashboard")]
    [InlineData("/dashboard/operations", "/dashboard/operations")]
    public void SafeReturn_OnlyDashboardAddresses(string returnUrl, string expected) =>
        Assert.Equal(expected, WhatStyle.Dashboard.Endpoints.LoginEndpoints.SafeReturn(returnUrl));
}
