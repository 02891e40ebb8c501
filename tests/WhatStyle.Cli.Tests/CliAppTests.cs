using WhatStyle.Cli;

namespace WhatStyle.Cli.Tests;

public sealed class CliAppTests
{
    [Fact]
    public async Task RunAsync_Version_PrintsVersionAndSucceeds()
    {
        var (code, stdout, _) = await RunAsync("version");

        Assert.Equal(ExitCodes.Success, code);
        Assert.StartsWith("whatstyle ", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_UnknownCommand_ReturnsUsageError()
    {
        var (code, _, stderr) = await RunAsync("no-such-command");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("no-such-command", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Help_ListsCommandsAndSucceeds()
    {
        var (code, stdout, _) = await RunAsync("--help");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("version", stdout, StringComparison.Ordinal);
    }

    internal static async Task<(int Code, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr, TestContext.Current.CancellationToken);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
