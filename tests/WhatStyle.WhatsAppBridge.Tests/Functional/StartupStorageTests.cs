using WhatStyle.WhatsAppBridge.Tests.Support;

namespace WhatStyle.WhatsAppBridge.Tests.Functional;

/// <summary>Bad storage at start-up: one line that says what is wrong and what to do, exit 1, no stack trace.</summary>
public sealed class StartupStorageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Start_WithADamagedBridgeDatabase_SaysSoInOneLineAndExits1()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("whatstyle-badstore-").FullName;
        try
        {
            // A header that is no LiteDB header at all (a file overwritten by something else).
            await File.WriteAllBytesAsync(Path.Combine(dataDirectory, "bridge.db"), Enumerable.Repeat((byte)0x5A, 8192 * 2).ToArray(), Ct);
            var environment = new Dictionary<string, string>
            {
                ["DataDirectory"] = dataDirectory,
                ["WhatsApp__AppSecret"] = BridgeFactory.AppSecret,
                ["WhatsApp__VerifyToken"] = BridgeFactory.VerifyToken,
                ["WhatsApp__AccessToken"] = FakeGraphApi.AccessToken,
                ["WhatsApp__PhoneNumberId"] = BridgeFactory.PhoneNumberId,
                ["WhatsApp__GraphApiBaseUrl"] = "http://127.0.0.1:9/",
                ["Bridge__Agent"] = "echo",
            };

            var (exitCode, stdout, stderr) = await BridgeProcess.RunToExitAsync(BridgeProcess.FreePort(), environment, TimeSpan.FromSeconds(60), Ct);

            Assert.Equal(1, exitCode);
            var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            Assert.Contains("bridge.db is damaged", line, StringComparison.Ordinal);
            Assert.Contains("move it aside", line, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
