using System.Text.Json;
using WhatStyle.Storage.Postgres.Tests.Support;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Contacts.Style;
using WhatStyle.Tools.Drafts;
using WhatStyle.Tools.Events;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Storage.Postgres.Tests.Contracts;

/// <summary>
/// What every domain event outbox must do, whichever provider stores it: the stores record their events with their
/// changes (docs/events.md), and the outbox hands them out oldest first. Each test drains what earlier tests left.
/// </summary>
public abstract class EventOutboxContract(StoreHarness harness)
{
    private static readonly DateTimeOffset Always = DateTimeOffset.MaxValue;

    private IEventOutbox Outbox => harness.Get<IEventOutbox>();

    private IContactRepository Contacts => harness.Get<IContactRepository>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Registration_ConfiguredProvider_ResolvesItsImplementation() =>
        Assert.StartsWith(harness.ImplementationPrefix, Outbox.GetType().Name, StringComparison.Ordinal);

    [Fact]
    public async Task GetOrAdd_NewContact_RecordsProfileUpdatedOnce()
    {
        await DrainAsync();
        var keys = new[] { "wa:" + Guid.NewGuid().ToString("N") };

        var created = await Contacts.GetOrAddAsync(NewContact(), keys, Ct);
        await Contacts.GetOrAddAsync(NewContact(), keys, Ct);

        var recorded = Assert.Single(await Outbox.PendingAsync(100, Always, Ct)).Event;
        Assert.Equal(EventTypes.ProfileUpdated, recorded.Type);
        Assert.Equal("store-tests", recorded.Source);
        Assert.Equal(created.Contact.Id, JsonDocument.Parse(recorded.Data).RootElement.GetProperty("contact_id").GetString());
    }

    [Fact]
    public async Task Update_ExistingAndMissingContact_RecordsOnlyTheChange()
    {
        var created = await Contacts.GetOrAddAsync(NewContact(), ["wa:" + Guid.NewGuid().ToString("N")], Ct);
        await DrainAsync();

        await Contacts.UpdateAsync(created.Contact.Id, r => r with { Settings = r.Settings with { Nickname = "Annie" } }, Ct);
        await Contacts.UpdateAsync("c-missing-" + Guid.NewGuid().ToString("N"), r => r, Ct);

        var recorded = Assert.Single(await Outbox.PendingAsync(100, Always, Ct)).Event;
        Assert.Equal((EventTypes.ProfileUpdated, created.Contact.Id), (recorded.Type, ContactId(recorded)));
    }

    [Fact]
    public async Task AddKeys_ConflictRolledBack_RecordsNoEvent()
    {
        var owned = "wa:" + Guid.NewGuid().ToString("N");
        await Contacts.GetOrAddAsync(NewContact(), [owned], Ct);
        var other = await Contacts.GetOrAddAsync(NewContact(), ["wa:" + Guid.NewGuid().ToString("N")], Ct);
        await DrainAsync();

        await Assert.ThrowsAsync<IdentityConflictException>(() => Contacts.AddKeysAsync(other.Contact.Id, [owned], r => r, Ct));

        Assert.Empty(await Outbox.PendingAsync(100, Always, Ct));
    }

    [Fact]
    public async Task ToneAndDrafts_Saved_RecordToneAnalyzedPerReadingAndDraftCreatedOnce()
    {
        await DrainAsync();
        var draft = new Draft { Id = "d-" + Guid.NewGuid().ToString("N"), Contact = "Ana", Chat = "4917000000001", Text = "see you", CreatedAt = DateTimeOffset.FromUnixTimeMilliseconds(1_770_000_000_000) };

        await harness.Get<IToneHistory>().SaveAsync([new ToneReading("m-1", 0.5, Emotion.Joy), new ToneReading("m-2", -0.5, Emotion.Sadness)], Ct);
        await harness.Get<IDraftStore>().AddAsync(draft, Ct);
        await harness.Get<IDraftStore>().AddAsync(draft, Ct);

        var recorded = (await Outbox.PendingAsync(100, Always, Ct)).Select(p => p.Event).ToList();
        Assert.Equal([EventTypes.ToneAnalyzed, EventTypes.ToneAnalyzed, EventTypes.DraftCreated], recorded.Select(e => e.Type));
        Assert.Equal("sadness", JsonDocument.Parse(recorded[1].Data).RootElement.GetProperty("emotion").GetString());
        Assert.Equal(draft.Id, JsonDocument.Parse(recorded[2].Data).RootElement.GetProperty("draft_id").GetString());
    }

    [Fact]
    public async Task Pending_PostponedOldest_HoldsBackTheRestUntilDueThenCountsTheAttempt()
    {
        await DrainAsync();
        var now = DateTimeOffset.UtcNow;
        foreach (var _ in Enumerable.Range(0, 3))
        {
            await Contacts.GetOrAddAsync(NewContact(), ["wa:" + Guid.NewGuid().ToString("N")], Ct);
        }

        var first = await Outbox.PendingAsync(100, now, Ct);
        await Outbox.PostponeAsync(first[0].Event.Id, now.AddHours(1), "broker down", Ct);

        Assert.Equal(3, first.Count);
        Assert.Empty(await Outbox.PendingAsync(100, now, Ct));
        var later = await Outbox.PendingAsync(100, now.AddHours(2), Ct);
        Assert.Equal(first.Select(p => p.Event.Id), later.Select(p => p.Event.Id));
        Assert.Equal((1, "broker down"), (later[0].Attempts, later[0].LastError));
        Assert.Equal(3, await Outbox.CountAsync(Ct));

        await Outbox.MarkPublishedAsync(first[0].Event.Id, Ct);

        Assert.Equal(first.Skip(1).Select(p => p.Event.Id), (await Outbox.PendingAsync(100, now, Ct)).Select(p => p.Event.Id));
        Assert.Equal(2, await Outbox.CountAsync(Ct));
    }

    private static string? ContactId(OutboxEvent recorded) => JsonDocument.Parse(recorded.Data).RootElement.GetProperty("contact_id").GetString();

    private static ContactRecord NewContact() =>
        new(new Contact("c-" + Guid.NewGuid().ToString("N"), "Ana", [], [], []), new ContactSettings(), new StyleAccumulator());

    private async Task DrainAsync()
    {
        while (await Outbox.PendingAsync(1000, Always, Ct) is { Count: > 0 } pending)
        {
            foreach (var waiting in pending)
            {
                await Outbox.MarkPublishedAsync(waiting.Event.Id, Ct);
            }
        }
    }
}

public sealed class LiteDbEventOutboxTests(LiteDbHarness harness) : EventOutboxContract(harness), IClassFixture<LiteDbHarness>;

public sealed class PostgresEventOutboxTests(PostgresHarness harness) : EventOutboxContract(harness), IClassFixture<PostgresHarness>;
