using WhatStyle.Cli;
using WhatStyle.Cli.Tests;
using WhatStyle.Dashboard.Security;

namespace WhatStyle.Cli.Tests.Commands;

public sealed class DashboardCommandTests : IDisposable
{
    private readonly string _dataDir = Directory.CreateTempSubdirectory("whatstyle-cli-dashboard-").FullName;

    [Fact]
    public async Task Dashboard_BeyondLoopbackWithoutPassword_RefusesToStart()
    {
        var (code, _, stderr) = await Run("dashboard", "--urls", "http://0.0.0.0:5099");

        Assert.Equal(ExitCodes.UserError, code);
        Assert.Contains("whatstyle dashboard set-password", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_UnreadableUrls_IsAOneLineError()
    {
        var (code, _, stderr) = await Run("dashboard", "--urls", "not a url");

        Assert.Equal(ExitCodes.UserError, code);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.Contains("is not a list of addresses", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_LoopbackPortInUse_IsAOneLineError()
    {
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;

        var (code, _, stderr) = await Run("dashboard", "--urls", $"http://127.0.0.1:{port}");

        Assert.Equal(ExitCodes.UserError, code);
        Assert.Contains("cannot listen on", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void SetPassword_IsListedWithTheDashboard()
    {
        var dashboard = CliApp.BuildRootCommand().Subcommands.Single(c => c.Name == "dashboard");

        Assert.Contains(dashboard.Subcommands, c => c.Name == "set-password");
        Assert.Contains(dashboard.Options, o => o.Name == "--urls");
        Assert.False(new DashboardPassword(_dataDir).IsSet);
    }

    private Task<(int Code, string Stdout, string Stderr)> Run(params string[] args) =>
        CliAppTests.RunAsync([.. args, "--data-dir", _dataDir]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dataDir, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }
}
