using System.Text.Json;
using LiteDB;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using WhatStyle.Tools.Drafts;
using WhatStyle.Tools.Events;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.Storage.LiteDb;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Tools.Tests.Events;

public sealed class LiteEventOutboxTests : IDisposable
{
    private readonly LiteDatabase _database = new(new MemoryStream());
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 3, 0, 0, TimeSpan.Zero));
    private readonly LiteEventOutbox _outbox;

    public LiteEventOutboxTests() => _outbox = new LiteEventOutbox("test.db", () => _database);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Append_InATransactionRolledBack_LeavesNoEvent()
    {
        _database.BeginTrans();
        _database.GetCollection("drafts").Insert(new BsonDocument { ["_id"] = "d1" });
        _outbox.Append(Event("draft_created"));
        _database.Rollback();

        Assert.Empty(await _outbox.PendingAsync(10, _time.GetUtcNow(), Ct));
        Assert.Equal(0, _database.GetCollection("drafts").Count());
    }

    [Fact]
    public async Task PendingAsync_ReturnsEventsInTheOrderTheyWereRecorded()
    {
        var recorded = Enumerable.Range(0, 5).Select(i => Event("profile_updated")).ToList();
        recorded.ForEach(_outbox.Append);

        var pending = await _outbox.PendingAsync(10, _time.GetUtcNow(), Ct);

        Assert.Equal(recorded.Select(e => e.Id), pending.Select(p => p.Event.Id));
        Assert.Equal(recorded[0], pending[0].Event);
    }

    [Fact]
    public async Task PostponeAsync_HoldsBackTheEventsBehindItUntilItIsDue()
    {
        var first = Event("message_received");
        var second = Event("message_sent");
        _outbox.Append(first);
        _outbox.Append(second);

        await _outbox.PostponeAsync(first.Id, _time.GetUtcNow().AddSeconds(2), "broker down", Ct);

        Assert.Empty(await _outbox.PendingAsync(10, _time.GetUtcNow(), Ct));
        _time.Advance(TimeSpan.FromSeconds(2));
        var pending = await _outbox.PendingAsync(10, _time.GetUtcNow(), Ct);
        Assert.Equal([first.Id, second.Id], pending.Select(p => p.Event.Id));
        Assert.Equal((1, "broker down"), (pending[0].Attempts, pending[0].LastError));
    }

    [Fact]
    public async Task MarkPublishedAsync_RemovesOnlyThatEvent()
    {
        var first = Event("message_received");
        var second = Event("message_sent");
        _outbox.Append(first);
        _outbox.Append(second);

        await _outbox.MarkPublishedAsync(first.Id, Ct);

        Assert.Equal([second.Id], (await _outbox.PendingAsync(10, _time.GetUtcNow(), Ct)).Select(p => p.Event.Id));
        Assert.Equal(1, await _outbox.CountAsync(Ct));
    }

    [Fact]
    public async Task EventRecorder_ProviderNone_RecordsNothing()
    {
        var recorder = Recorder(EventsOptions.None);

        recorder.Record(EventTypes.ProfileUpdated, new ProfileUpdatedData("c1"));

        Assert.Equal(0, await _outbox.CountAsync(Ct));
    }

    [Fact]
    public async Task DraftStore_AddAsync_RecordsDraftCreatedWithTheDraft()
    {
        var store = new LiteDbDraftStore(_database, _time, Recorder(EventsOptions.Nats));

        await store.AddAsync(new Draft { Id = "d1", Contact = "4917012345", Chat = "4917012345", Text = "see you", CreatedAt = _time.GetUtcNow() }, Ct);
        await store.AddAsync(new Draft { Id = "d1", Contact = "4917012345", Chat = "4917012345", Text = "again", CreatedAt = _time.GetUtcNow() }, Ct);

        var recorded = Assert.Single(await _outbox.PendingAsync(10, _time.GetUtcNow(), Ct)).Event;
        Assert.Equal(EventTypes.DraftCreated, recorded.Type);
        using var data = JsonDocument.Parse(recorded.Data);
        Assert.Equal("d1", data.RootElement.GetProperty("draft_id").GetString());
        Assert.Equal("4917012345", data.RootElement.GetProperty("contact").GetString());
    }

    [Fact]
    public async Task ToneHistory_SaveAsync_RecordsOneToneAnalyzedPerReading()
    {
        var history = new LiteToneHistory(new LiteStore(_database, "test.db"), Recorder(EventsOptions.Nats));

        await history.SaveAsync([new ToneReading("m1", -0.6, Emotion.Sadness), new ToneReading("m2", 0.4, Emotion.Joy)], Ct);

        var pending = await _outbox.PendingAsync(10, _time.GetUtcNow(), Ct);
        Assert.All(pending, p => Assert.Equal(EventTypes.ToneAnalyzed, p.Event.Type));
        Assert.Equal(["m1", "m2"], pending.Select(p => JsonDocument.Parse(p.Event.Data).RootElement.GetProperty("message_id").GetString()));
        Assert.Contains("\"emotion\":\"sadness\"", pending[0].Event.Data, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_IsTheEnvelopeWithTheDataInline()
    {
        var created = OutboxEvent.Create(EventTypes.MessageSent, "whatstyle/bridge", new MessageSentData("o1", "wamid.X", "4917012345", "text", 1), _time.GetUtcNow());

        using var json = JsonDocument.Parse(created.ToJson());

        var root = json.RootElement;
        Assert.Equal(created.Id, root.GetProperty("id").GetString());
        Assert.Equal("message_sent", root.GetProperty("type").GetString());
        Assert.Equal("2026-12-07T03:00:00.0000000+00:00", root.GetProperty("time").GetString());
        Assert.Equal("whatstyle/bridge", root.GetProperty("source").GetString());
        Assert.Equal("wamid.X", root.GetProperty("data").GetProperty("wamid").GetString());
        Assert.Equal("o1", root.GetProperty("data").GetProperty("outbox_id").GetString());
    }

    public void Dispose() => _database.Dispose();

    private OutboxEvent Event(string type) => OutboxEvent.Create(type, "test", new { n = 1 }, _time.GetUtcNow());

    private EventRecorder Recorder(string provider) =>
        new(_outbox, Options.Create(new EventsOptions { Provider = provider }), _time);
}
