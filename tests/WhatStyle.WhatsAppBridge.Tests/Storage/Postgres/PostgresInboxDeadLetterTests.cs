using WhatStyle.WhatsAppBridge.Inbox;
using WhatStyle.WhatsAppBridge.Poison;

namespace WhatStyle.WhatsAppBridge.Tests.Storage.Postgres;

/// <summary>Inbox records set aside by any bridge of a number are seen and handled from every process of that number only.</summary>
public sealed class PostgresInboxDeadLetterTests : PostgresBridgeFixture
{
    [Fact]
    public void Keep_ByOneBridge_SeenAndDismissedByAnotherOfTheSameNumberOnly()
    {
        var a = NewState("bridge-a");
        var b = NewState("bridge-b");
        var otherNumber = NewState("bridge-c", account: "cloud:2666");
        new InboxDeadLetterStore(a, TimeProvider.System).Keep(new InboxRecord([1, 2, 3], 5) { At = new InboxPosition(3, 81920) }, 5, "not JSON");
        // Bridge b's own log has a record set aside at the same position: both are kept.
        new InboxDeadLetterStore(b, TimeProvider.System).Keep(new InboxRecord([4], 6) { At = new InboxPosition(3, 81920) }, 5, "not JSON");

        Assert.Equal(2, b.InboxDeadLetters.Count());
        Assert.Equal([1, 2, 3], b.InboxDeadLetters.Find("inbox:3-81920")!.Body);
        Assert.Equal(0, otherNumber.InboxDeadLetters.Count());
        Assert.False(otherNumber.InboxDeadLetters.Delete("inbox:3-81920"));

        Assert.True(b.InboxDeadLetters.Delete("inbox:3-81920"));
        Assert.Null(a.InboxDeadLetters.Find("inbox:3-81920"));
        Assert.Equal(1, a.InboxDeadLetters.Count());
    }
}
