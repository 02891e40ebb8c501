using System.Diagnostics;
using WhatStyle.Tools.Storage;

namespace WhatStyle.WhatsAppBridge.Tests.Functional;

/// <summary>A bridge that cannot start says why in one line on stderr and exits 1: no stack trace, no abort.</summary>
public sealed class StartupErrorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Start_WithoutSecrets_PrintsOneLineAndExitsOne()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("whatstyle-startup-").FullName;
        try
        {
            var (exitCode, stderr) = await RunBridgeAsync(dataDirectory, withSecrets: false);

            Assert.Equal(1, exitCode);
            var line = Assert.Single(stderr);
            Assert.StartsWith("WhatStyle.WhatsAppBridge: invalid setting", line, StringComparison.Ordinal);
            Assert.Contains("WhatsApp:AppSecret", line, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task Start_WhileAnotherBridgeHoldsTheLock_PrintsOneLineAndExitsOne()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("whatstyle-startup-").FullName;
        try
        {
            using (var held = BridgeLockFile.TryAcquire(dataDirectory))
            {
                Assert.NotNull(held);

                var (exitCode, stderr) = await RunBridgeAsync(dataDirectory, withSecrets: true);

                Assert.Equal(1, exitCode);
                var line = Assert.Single(stderr);
                Assert.Contains(BridgeFiles.LockFile, line, StringComparison.Ordinal);
                Assert.DoesNotContain(" at ", line, StringComparison.Ordinal);
            }
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    private static async Task<(int ExitCode, List<string> Stderr)> RunBridgeAsync(string dataDirectory, bool withSecrets)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "WhatStyle.WhatsAppBridge.dll")])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "None";
        start.Environment["DataDirectory"] = dataDirectory;
        start.Environment["Bridge__Agent"] = "echo";
        start.Environment["WhatsApp__VerifyToken"] = "verify-token-for-tests";
        start.Environment["WhatsApp__PhoneNumberId"] = "1234567890";
        start.Environment["WhatsApp__AppSecret"] = withSecrets ? "app-secret-for-tests" : "";
        start.Environment["WhatsApp__AccessToken"] = withSecrets ? "access-token-for-tests" : "";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the bridge process");
        var stderr = process.StandardError.ReadToEndAsync(Ct);
        _ = process.StandardOutput.ReadToEndAsync(Ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var lines = (await stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        return (process.ExitCode, lines);
    }
}
