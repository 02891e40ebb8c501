using Microsoft.Extensions.DependencyInjection;
using WhatStyle.WhatsAppBridge.Storage;
using WhatStyle.WhatsAppBridge.Tests.Support;

namespace WhatStyle.WhatsAppBridge.Tests.Functional;

/// <summary>A graceful stop (SIGTERM, a deploy) while a send is on the wire must not turn it into a second send.</summary>
public sealed class ShutdownSendTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Stop_WhileASendAwaitsItsAnswer_AfterRestartItWaitsForConfirmationInsteadOfSendingAgain()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        graph.HoldAnswers = true;
        var first = new BridgeFactory(graph) { KeepDataDirectory = true };
        var dataDirectory = first.DataDirectory;
        try
        {
            await Webhook.PostAsync(first.CreateClient(), Webhook.Body([Webhook.Text("4917300091", "are you there?")]), Ct);
            await Webhook.EventuallyAsync(() => graph.Sends.Count == 1, "the send WhatsApp accepted but did not answer");
            first.Dispose(); // The host stops: the request is cut after the grace, its outcome unknown.

            graph.HoldAnswers = false;
            using var restarted = new BridgeFactory(graph, new Dictionary<string, string?> { ["DataDirectory"] = dataDirectory });
            _ = restarted.CreateClient(); // starts the host
            var outbox = restarted.Services.GetRequiredService<BridgeDatabase>().Outbox;
            await Webhook.EventuallyAsync(() => outbox.FindAll().Single().State == OutboxState.Unconfirmed, "the cut send counted unconfirmed");

            // Several sender passes (poll interval 50 ms) later it has still not gone out again: it waits for a status
            // webhook (or Bridge:UnconfirmedSendTimeout, 10 min) before it is resent.
            await Task.Delay(TimeSpan.FromSeconds(1), Ct);
            Assert.Single(graph.Sends);
            Assert.Equal(OutboxState.Unconfirmed, outbox.FindAll().Single().State);
        }
        finally
        {
            first.Dispose();
            try
            {
                Directory.Delete(dataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // Best effort.
            }
        }
    }
}
