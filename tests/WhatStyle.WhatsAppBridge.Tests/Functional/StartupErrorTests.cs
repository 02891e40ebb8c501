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

    [Theory]
    [InlineData("Bridge__TimeZone", "Mars/Olympus_Mons", "Bridge:TimeZone")]
    [InlineData("Bridge__QuietHoursStart", "22:00", "Bridge:QuietHoursEnd")]
    [InlineData("Bridge__MaxRetryDelay", "00:00:00.100", "Bridge:MaxRetryDelay")]
    [InlineData("Bridge__PollInterval", "01:00:00", "PollInterval")]
    [InlineData("Bridge__PoisonMaxAttempts", "0", "PoisonMaxAttempts")]
    [InlineData("Bridge__Agent", "gpt", "Bridge:Agent")]
    [InlineData("Bridge__DefaultMode", "sometimes", "Bridge:DefaultMode")]
    [InlineData("Bridge__Retention", "forever", "Bridge:Retention")]
    [InlineData("Bridge__Health__StorageFailingAfter", "2.00:00:00", "StorageFailingAfter")]
    [InlineData("Storage__Provider", "mysql", "Storage:Provider must be 'litedb' or 'postgres'")]
    [InlineData("Storage__Provider", "postgres", "ConnectionStrings:Postgres is required")]
    [InlineData("Events__Provider", "kafka", "Events:Provider")]
    [InlineData("Events__Provider", "nats", "ConnectionStrings:Nats")]
    [InlineData("Events__Provider", "rabbitmq", "ConnectionStrings:RabbitMq")]
    [InlineData("ConnectionStrings__Redis", "nosuchoption=1", "ConnectionStrings:Redis")]
    public async Task Start_WithABadBridgeSetting_PrintsOneLineNamingItAndExitsOne(string key, string value, string named)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("whatstyle-startup-").FullName;
        try
        {
            var (exitCode, stderr) = await RunBridgeAsync(dataDirectory, withSecrets: true, new Dictionary<string, string> { [key] = value });

            Assert.Equal(1, exitCode);
            var line = Assert.Single(stderr);
            Assert.StartsWith("WhatStyle.WhatsAppBridge: invalid setting", line, StringComparison.Ordinal);
            Assert.Contains(named, line, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"\bat [\w.`]+\(", line); // no stack frame
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task Start_PostgresUnreachable_PrintsOneLineNamingTheServerButNotThePassword()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("whatstyle-startup-").FullName;
        try
        {
            var (exitCode, stderr) = await RunBridgeAsync(dataDirectory, withSecrets: true, new Dictionary<string, string>
            {
                ["Storage__Provider"] = "postgres",
                // Port 1 on the loopback: refused at once.
                ["ConnectionStrings__Postgres"] = "Host=127.0.0.1;Port=1;Database=whatstyle;Username=ws;Password=pg-secret-for-tests",
            });

            Assert.Equal(1, exitCode);
            var line = Assert.Single(stderr);
            Assert.StartsWith("WhatStyle.WhatsAppBridge: PostgreSQL at 127.0.0.1:1/whatstyle could not be reached", line, StringComparison.Ordinal);
            Assert.DoesNotContain("pg-secret-for-tests", line, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    private static async Task<(int ExitCode, List<string> Stderr)> RunBridgeAsync(
        string dataDirectory, bool withSecrets, IReadOnlyDictionary<string, string>? settings = null)
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
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

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
