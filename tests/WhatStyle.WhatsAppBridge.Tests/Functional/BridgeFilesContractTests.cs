using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Cli.DeadLetters;
using WhatStyle.Tools.Serialization;
using WhatStyle.Tools.Storage;
using WhatStyle.WhatsAppBridge.Hosting;
using WhatStyle.WhatsAppBridge.Storage;
using WhatStyle.WhatsAppBridge.Tests.Support;

namespace WhatStyle.WhatsAppBridge.Tests.Functional;

/// <summary>The bridge's side of its contract with the CLI (<see cref="BridgeFiles"/>): stored names, the lock file, the published address.</summary>
public sealed class BridgeFilesContractTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void DeadLetterStateNames_AreTheOnesTheBridgeStores()
    {
        Assert.Equal(nameof(OutboxState.DeadLetter), BridgeFiles.OutboxDeadLetterState);
        Assert.Equal(nameof(MessageState.DeadLetter), BridgeFiles.MessageDeadLetterState);
        Assert.Equal((short)OutboxState.DeadLetter, BridgeFiles.OutboxDeadLetterStateNumber);
        Assert.Equal((short)MessageState.DeadLetter, BridgeFiles.MessageDeadLetterStateNumber);
    }

    [Fact]
    public async Task ABridgeWrittenDatabase_ReadByTheCli_ListsWhatTheRunningBridgeListed()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        List<BridgeDeadLetter> fromBridge;
        string dataDirectory;
        using (var factory = new BridgeFactory(graph, new Dictionary<string, string?>
        {
            ["Bridge:PoisonMaxAttempts"] = "2",
            ["Bridge:PoisonRetryBaseDelay"] = "00:00:00.050",
            ["Bridge:AdminAllowUnknownAddress"] = "true",
        }) { KeepDataDirectory = true })
        {
            dataDirectory = factory.DataDirectory;
            factory.Agent.FailWhen = m => m.Text == "boom";
            var client = factory.CreateClient();
            var database = factory.Services.GetRequiredService<BridgeDatabase>();
            await Webhook.PostAsync(client, Webhook.Body([Webhook.Text("4917400061", "boom")]), Ct);
            await Webhook.PostAsync(client, Webhook.Body([Webhook.Text("4917400062", "poison", id: "wamid." + new string('P', 1500))]), Ct);
            await Webhook.EventuallyAsync(() => database.Messages.Exists(m => m.State == MessageState.DeadLetter) && database.InboxDeadLetters.Count() == 1, "both dead letters");

            // While the bridge runs, it holds the lock: the CLI would not open bridge.db.
            Assert.Null(BridgeLockFile.TryAcquire(dataDirectory));
            fromBridge = (await client.GetFromJsonAsync<List<BridgeDeadLetter>>(new Uri("/admin/dead-letters", UriKind.Relative), WhatStyleJson.Options, Ct))!;
        }

        try
        {
            // Released when the bridge stopped. Not always in the same instant: a process another test starts at that
            // moment holds a copy of every open descriptor until it execs, so the lock is given a moment.
            await Webhook.EventuallyAsync(
                () =>
                {
                    using var free = BridgeLockFile.TryAcquire(dataDirectory);
                    return free is not null;
                },
                "the lock released by the stopped bridge",
                timeoutSeconds: 5);

            var fromFile = BridgeFileDeadLetters.Read(Path.Combine(dataDirectory, BridgeFiles.DatabaseFile));
            Assert.Equal(["inbox", "incoming"], fromFile.Select(d => d.Source).Order(StringComparer.Ordinal));
            Assert.Equal(fromBridge, fromFile);
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task ARunningBridgeProcess_HoldsTheLock_AndPublishesItsAdminAddress()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        var dataDirectory = Directory.CreateTempSubdirectory("whatstyle-bridge-lock-").FullName;
        try
        {
            var port = BridgeProcess.FreePort();
            using (var bridge = await BridgeProcess.StartAsync(port, BridgeProcess.CloudApiEnvironment(dataDirectory, graph.BaseUrl), Ct))
            {
                await Webhook.EventuallyAsync(() => BridgeLockFile.ReadAdminUrl(dataDirectory) is not null, "the address published");
                Assert.Equal(new Uri($"http://127.0.0.1:{port}/"), BridgeLockFile.ReadAdminUrl(dataDirectory));
                Assert.Null(BridgeLockFile.TryAcquire(dataDirectory));
                bridge.Kill();
            }

            // Killed, not stopped: the files stay, but the lock is free.
            Assert.True(File.Exists(Path.Combine(dataDirectory, BridgeFiles.LockFile)));
            using var stale = BridgeLockFile.TryAcquire(dataDirectory);
            Assert.NotNull(stale);
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    [Theory]
    [InlineData("http://0.0.0.0:8080", "http://127.0.0.1:8080/")]
    [InlineData("http://+:5000", "http://127.0.0.1:5000/")]
    [InlineData("http://[::]:5000", "http://[::1]:5000/")]
    [InlineData("https://127.0.0.1:5001;http://192.168.1.5:5000", "http://192.168.1.5:5000/")]
    [InlineData("http://192.168.1.5:5000;http://127.0.0.1:5002", "http://127.0.0.1:5002/")]
    public void AdminUrl_IsReachableFromThisMachine_HttpAndLoopbackFirst(string addresses, string expected) =>
        Assert.Equal(new Uri(expected), BridgeInstance.AdminUrl(addresses.Split(';')));
}
