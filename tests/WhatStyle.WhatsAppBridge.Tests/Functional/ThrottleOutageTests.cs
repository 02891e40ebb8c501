using Microsoft.Extensions.DependencyInjection;
using WhatStyle.WhatsAppBridge.Storage;
using WhatStyle.WhatsAppBridge.Tests.Support;

namespace WhatStyle.WhatsAppBridge.Tests.Functional;

/// <summary>
/// Issue 13's check, in real time (a minute; it runs in parallel with the other long tests): the WhatsApp API answers
/// 429 with <c>Retry-After: 60</c> for 60 s. Every reply must be delivered once, nothing dead-lettered, and the bridge
/// must wait as told rather than hammer the API.
/// </summary>
public sealed class ThrottleOutageTests
{
    private const int Senders = 30;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Send_429WithRetryAfter60For60Seconds_EveryReplyDeliveredOnceWithoutDeadLetters()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        graph.FailFor(TimeSpan.FromSeconds(60), 429, FakeGraphApi.Error(130429, "Rate limit hit"), retryAfter: TimeSpan.FromSeconds(60));
        // Three attempts and a 200 ms backoff cap: what used to spend every attempt within a second.
        using var factory = new BridgeFactory(graph);
        var client = factory.CreateClient();

        for (var i = 0; i < Senders; i++)
        {
            await Webhook.PostAsync(client, Webhook.Body([Webhook.Text($"49171{i:D6}", $"message {i}")]), Ct);
        }

        await Webhook.EventuallyAsync(() => graph.Sends.Count >= Senders, "a reply to every sender after the throttle", 150);
        await Task.Delay(1000, Ct);

        var database = factory.Services.GetRequiredService<BridgeDatabase>();
        Assert.All(Enumerable.Range(0, Senders), i => Assert.Single(graph.SendsTo($"+49171{i:D6}")));
        Assert.Equal(0, database.Outbox.Count(o => o.State == OutboxState.DeadLetter));
        Assert.Equal(0, database.Messages.Count(m => m.State == MessageState.DeadLetter));
        // The first pass may have every reply in flight when the 429s come back; after that one probe per Retry-After.
        Assert.InRange(graph.OutageAnswers, 1, Senders + 1);
        Assert.True(DateTimeOffset.UtcNow >= graph.OutageEnds);
    }
}
