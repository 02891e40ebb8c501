using WhatStyle.WhatsAppBridge.Inbox;
using WhatStyle.WhatsAppBridge.Sending;
using WhatStyle.WhatsAppBridge.Storage;
using WhatStyle.WhatsAppBridge.Storage.Postgres;
using WhatStyle.WhatsAppBridge.Tests.Storage.State;

namespace WhatStyle.WhatsAppBridge.Tests.Storage.Postgres;

/// <summary>
/// Two bridges of one number renew their leases in <c>bridge_holders</c>; one stops (it died and does not come back)
/// with a send on the wire. Once its lease runs out, the other turns that send Unconfirmed, as a restart would.
/// </summary>
public sealed class BridgeHolderLeaseTests : PostgresBridgeFixture
{
    private static readonly TimeSpan Wait = TimeSpan.FromMinutes(10);

    [Fact]
    public void TakeOverLapsedSends_HolderStoppedRenewing_ItsSendBecomesUnconfirmedOnce()
    {
        var deadState = NewState("bridge-dead", holderLease: TimeSpan.FromSeconds(1));
        var survivorState = NewState("bridge-b");
        var dead = new Outbox(deadState, TimeProvider.System, new BridgeSignals());
        var survivor = new Outbox(survivorState, TimeProvider.System, new BridgeSignals());
        deadState.RenewHolderLease();
        survivorState.RenewHolderLease();
        dead.AddNew([BridgeStateContract.Item("first", "491", nextAttemptAtMs: 1), BridgeStateContract.Item("second", "491", nextAttemptAtMs: 2)]);
        var begun = Assert.Single(dead.TryBeginSends([dead.Find("first")!]));

        // Alive: its send is its own to settle, and the recipient waits for it.
        Assert.Equal(0, survivor.TakeOverLapsedSends(Wait));
        Assert.Null(survivor.FirstWaitingFor("491"));

        // It stops renewing; its lease runs out on the server's clock.
        Thread.Sleep(TimeSpan.FromSeconds(1.5));
        survivorState.RenewHolderLease();
        var before = DateTimeOffset.UtcNow;
        Assert.Equal(1, survivor.TakeOverLapsedSends(Wait));
        Assert.Equal(0, survivor.TakeOverLapsedSends(Wait));

        var item = survivor.Find("first")!;
        Assert.Equal(OutboxState.Unconfirmed, item.State);
        Assert.Equal(begun.Attempts, item.Attempts);
        Assert.InRange(item.NextAttemptAtMs, (before + Wait).ToUnixTimeMilliseconds(), (DateTimeOffset.UtcNow + Wait).ToUnixTimeMilliseconds());
        Assert.Contains("stopped renewing its lease", item.LastError, StringComparison.Ordinal);
        // Not resent blindly: not due before the wait is over, and the recipient's later message still waits behind it.
        Assert.DoesNotContain(survivor.Due(0, 10), o => o.Id == "first");
        Assert.Equal("first", survivor.FirstWaitingFor("491"));
        Assert.Empty(deadState.Outbox.InFlightHere());
    }

    [Fact]
    public void TakeOverLapsedSends_StatusWebhookArrivesMeanwhile_SendStaysSent()
    {
        var deadState = NewState("bridge-dead", holderLease: TimeSpan.FromSeconds(1));
        var survivor = new Outbox(NewState("bridge-b"), TimeProvider.System, new BridgeSignals());
        var dead = new Outbox(deadState, TimeProvider.System, new BridgeSignals());
        deadState.RenewHolderLease();
        dead.AddNew([BridgeStateContract.Item("first", "491")]);
        Assert.Single(dead.TryBeginSends([dead.Find("first")!]));
        Thread.Sleep(TimeSpan.FromSeconds(1.5));

        // The status webhook naming it reached the survivor first: accepted by WhatsApp, nothing left to settle.
        Assert.True(survivor.ChangeByStatus("wamid.first", "first", item =>
        {
            item.State = OutboxState.Sent;
            return true;
        }));

        Assert.Equal(0, survivor.TakeOverLapsedSends(Wait));
        Assert.Equal(OutboxState.Sent, survivor.Find("first")!.State);
    }

    [Fact]
    public void TakeOverLapsedSends_OwnSendsAndLiveBridges_AreLeftAlone()
    {
        var a = NewState("bridge-a", holderLease: TimeSpan.FromSeconds(2));
        var b = NewState("bridge-b", holderLease: TimeSpan.FromSeconds(2));
        var outboxA = new Outbox(a, TimeProvider.System, new BridgeSignals());
        var outboxB = new Outbox(b, TimeProvider.System, new BridgeSignals());
        a.RenewHolderLease();
        b.RenewHolderLease();
        outboxA.AddNew([BridgeStateContract.Item("to-a", "491"), BridgeStateContract.Item("to-b", "492")]);
        Assert.Single(outboxA.TryBeginSends([outboxA.Find("to-a")!]));
        Assert.Single(outboxB.TryBeginSends([outboxB.Find("to-b")!]));

        // Both keep renewing past the length of one lease: neither takes the other's send.
        for (var i = 0; i < 4; i++)
        {
            Thread.Sleep(TimeSpan.FromSeconds(0.7));
            a.RenewHolderLease();
            b.RenewHolderLease();
            Assert.Equal(0, outboxA.TakeOverLapsedSends(Wait));
            Assert.Equal(0, outboxB.TakeOverLapsedSends(Wait));
        }

        Assert.Equal(OutboxState.Sending, outboxA.Find("to-a")!.State);
        Assert.Equal(OutboxState.Sending, outboxA.Find("to-b")!.State);
    }

    [Fact]
    public void TakeOverLapsedSends_AnotherNumbersDeadBridge_IsNotThisBridgesToSettle()
    {
        var deadState = NewState("bridge-dead", account: "waha:sales", holderLease: TimeSpan.FromSeconds(1));
        var dead = new Outbox(deadState, TimeProvider.System, new BridgeSignals());
        var other = new Outbox(NewState("bridge-support", account: "waha:support"), TimeProvider.System, new BridgeSignals());
        deadState.RenewHolderLease();
        dead.AddNew([BridgeStateContract.Item("first", "491")]);
        Assert.Single(dead.TryBeginSends([dead.Find("first")!]));
        Thread.Sleep(TimeSpan.FromSeconds(1.5));

        Assert.Equal(0, other.TakeOverLapsedSends(Wait));
        Assert.Equal(OutboxState.Sending, dead.Find("first")!.State);
    }
}
