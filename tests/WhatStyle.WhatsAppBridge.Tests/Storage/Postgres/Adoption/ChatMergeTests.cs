using WhatStyle.WhatsAppBridge.Storage;
using WhatStyle.WhatsAppBridge.Storage.Postgres.Adoption;

namespace WhatStyle.WhatsAppBridge.Tests.Storage.Postgres.Adoption;

public sealed class ChatMergeTests
{
    [Fact]
    public void Of_NoRowOnPostgres_KeepsTheBurstWindow()
    {
        var merged = ChatMerge.Of(null, Pending("491", dueAtMs: 500), anyPending: true);

        Assert.Equal((true, 500L, 500L), (merged.HasPending, merged.DueAtMs, merged.DueKey));
    }

    [Fact]
    public void Of_BothPending_DueAtTheLaterWindow()
    {
        var merged = ChatMerge.Of(Pending("491", dueAtMs: 900), Pending("491", dueAtMs: 500), anyPending: true);

        Assert.Equal((true, 900L), (merged.HasPending, merged.DueKey));
    }

    [Fact]
    public void Of_AdoptedPendingButNothingPendingOnPostgres_IsNotDue()
    {
        var merged = ChatMerge.Of(null, Pending("491", dueAtMs: 500), anyPending: false);

        Assert.Equal((false, long.MaxValue), (merged.HasPending, merged.DueKey));
    }

    [Fact]
    public void Of_OnlyPostgresPending_KeepsItsWindowAndTheLatestOwnerWrite()
    {
        var existing = Pending("491", dueAtMs: 700);
        existing.OwnerWroteAtMs = 100;
        var adopted = new ChatRecord { Id = "491", OwnerWroteAtMs = 300 };

        var merged = ChatMerge.Of(existing, adopted, anyPending: true);

        Assert.Equal((true, 700L, (long?)300), (merged.HasPending, merged.DueKey, merged.OwnerWroteAtMs));
    }

    private static ChatRecord Pending(string id, long dueAtMs) => new() { Id = id, HasPending = true, DueAtMs = dueAtMs, DueKey = dueAtMs };
}
