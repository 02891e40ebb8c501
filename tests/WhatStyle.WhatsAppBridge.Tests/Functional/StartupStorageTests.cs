using LiteDB;
using WhatStyle.Tools.Storage;
using WhatStyle.WhatsAppBridge.Tests.Support;

namespace WhatStyle.WhatsAppBridge.Tests.Functional;

/// <summary>Bad storage at start-up: one line that says what is wrong and what to do, exit 1, no stack trace.</summary>
public sealed class StartupStorageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Start_WithADamagedBridgeDatabase_SaysSoInOneLineAndExits1()
    {
        var line = await StartWithAsync(dataDirectory =>
            // A header that is no LiteDB header at all (a file overwritten by something else).
            File.WriteAllBytes(Path.Combine(dataDirectory, "bridge.db"), Enumerable.Repeat((byte)0x5A, 8192 * 2).ToArray()));

        Assert.Contains("bridge.db is damaged", line, StringComparison.Ordinal);
        Assert.Contains("move it aside", line, StringComparison.Ordinal);
        Assert.Contains("whatstyle storage repair", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithABridgeDatabaseFromANewerWhatStyle_SaysUpgradeInOneLineAndExits1()
    {
        var line = await StartWithAsync(dataDirectory =>
        {
            using var newer = new LiteDatabase(new ConnectionString { Filename = Path.Combine(dataDirectory, "bridge.db"), Connection = ConnectionType.Direct });
            newer.UserVersion = StoreSchema.BridgeDatabase + 1;
        });

        Assert.Contains("newer version of WhatStyle", line, StringComparison.Ordinal);
        Assert.Contains("upgrade WhatStyle", line, StringComparison.Ordinal);
        Assert.DoesNotContain("damaged", line, StringComparison.Ordinal);
    }

    /// <summary>Starts the bridge as a process over a data directory prepared by <paramref name="prepare"/>; returns its one stderr line after asserting exit 1 and no stack trace.</summary>
    private static async Task<string> StartWithAsync(Action<string> prepare)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("whatstyle-badstore-").FullName;
        try
        {
            prepare(dataDirectory);
            var environment = new Dictionary<string, string>(BridgeProcess.CloudApiEnvironment(dataDirectory, new Uri("http://127.0.0.1:9/")))
            {
                ["Bridge__Agent"] = "echo",
            };

            var (exitCode, stdout, stderr) = await BridgeProcess.RunToExitAsync(BridgeProcess.FreePort(), environment, TimeSpan.FromSeconds(60), Ct);

            Assert.Equal(1, exitCode);
            Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
            return Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
