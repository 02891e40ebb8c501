using LiteDB;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using WhatStyle.Tools.Replies.Queue;
using WhatStyle.Storage.Postgres.Copy;
using WhatStyle.Storage.Postgres.Tests.Support;
using WhatStyle.Tools;
using WhatStyle.Tools.Attention;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Contacts.Groups;
using WhatStyle.Tools.Contacts.Style;
using WhatStyle.Tools.Drafts;
using WhatStyle.Tools.Events;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.ReplyLog;
using WhatStyle.Tools.Stickers;
using WhatStyle.Tools.Storage;
using WhatStyle.Tools.Takeovers;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Storage.Postgres.Tests.Copy;

/// <summary>A LiteDB data directory copied into a fresh PostgreSQL schema and read back through the PostgreSQL stores.</summary>
public sealed class LiteDbToPostgresTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 2, 1, 8, 0, 0, TimeSpan.FromHours(1));
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("whatstyle-copy-").FullName;
    private readonly List<ServiceProvider> _containers = [];
    private string? _schema;
    private string _connectionString = "";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        if (TestPostgres.ConnectionString is { } server)
        {
            (_schema, _connectionString) = await TestPostgres.CreateSchemaAsync(server);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var container in _containers)
        {
            await container.DisposeAsync();
        }

        Directory.Delete(_dataDirectory, recursive: true);
        if (_schema is not null)
        {
            await TestPostgres.DropSchemaAsync(TestPostgres.ConnectionString!, _schema);
        }
    }

    [Fact]
    public async Task Copy_DataDirectory_EveryStoreReadsTheSameFromPostgres()
    {
        Assert.SkipWhen(_schema is null, TestPostgres.SkipReason);
        var lite = Services(StorageProviders.LiteDb);
        var seeded = await SeedAsync(lite, messages: 25);

        var results = await LiteDbToPostgres.CopyAsync(lite.GetRequiredService<ILiteDatabase>(), _connectionString, batchSize: 4, cancellationToken: Ct);
        var pg = Services(StorageProviders.Postgres);

        Assert.All(results, r => Assert.Equal(r.Total, r.Copied));
        Assert.Equal(seeded.Contact.Contact.Id, (await pg.GetRequiredService<IContactRepository>().FindByKeyAsync(seeded.ContactKey, Ct))?.Contact.Id);
        Assert.Equal(seeded.Contact.Settings, (await pg.GetRequiredService<IContactRepository>().GetAsync(seeded.Contact.Contact.Id, Ct))?.Settings);
        Assert.Equal(seeded.Group.Group.Id, (await pg.GetRequiredService<IGroupRepository>().FindByKeyAsync(seeded.GroupKey, Ct))?.Group.Id);
        Assert.Equal(
            await lite.GetRequiredService<IMessageRepository>().RecentAsync(seeded.Conversation, 100, cancellationToken: Ct),
            await pg.GetRequiredService<IMessageRepository>().RecentAsync(seeded.Conversation, 100, cancellationToken: Ct));
        Assert.Equal("ok!", Assert.Single(await pg.GetRequiredService<IMessageRepository>().ExchangesAsync(seeded.Conversation, Ct)).Reply);
        Assert.Equal(Emotion.Joy, (await pg.GetRequiredService<IToneHistory>().GetAsync([seeded.ToneMessageId], Ct))[seeded.ToneMessageId].Emotion);
        Assert.Equal(seeded.Draft, await pg.GetRequiredService<IDraftStore>().GetAsync(seeded.Draft.Id, Ct));
        Assert.Equal(seeded.RetryId, Assert.Single(await pg.GetRequiredService<IRetryQueue>().ListAsync(cancellationToken: Ct)).Id);
        Assert.Equal(
            await lite.GetRequiredService<IStickerHistory>().RecentAsync("c-ana", 10, Ct),
            await pg.GetRequiredService<IStickerHistory>().RecentAsync("c-ana", 10, Ct));
        Assert.Equal(3, (await pg.GetRequiredService<IStickerHistory>().RecentAsync("c-ana", 10, Ct)).Count);
        Assert.Equal(
            await lite.GetRequiredService<ITakeovers>().FindAsync("c-ana", Ct),
            Assert.Single(await pg.GetRequiredService<ITakeovers>().ListAsync(Ct)));
        Assert.Equal(await lite.GetRequiredService<IReplyLog>().ListAsync(cancellationToken: Ct), await pg.GetRequiredService<IReplyLog>().ListAsync(cancellationToken: Ct));
        Assert.Equal(2, (await pg.GetRequiredService<IReplyLog>().ListAsync(cancellationToken: Ct)).Count);
        Assert.Equal(
            Assert.Single(await lite.GetRequiredService<IUrgentMessages>().ListAsync(Start, Ct)),
            Assert.Single(await pg.GetRequiredService<IUrgentMessages>().ListAsync(Start, Ct)));
        // The events that waited in whatstyle.db's outbox wait in PostgreSQL's now, in the same order.
        var waited = await lite.GetRequiredService<IEventOutbox>().PendingAsync(100, DateTimeOffset.MaxValue, Ct);
        Assert.Equal(
            [EventTypes.ProfileUpdated, EventTypes.ToneAnalyzed, EventTypes.DraftCreated],
            waited.Select(e => e.Event.Type));
        Assert.Equal(waited, await pg.GetRequiredService<IEventOutbox>().PendingAsync(100, DateTimeOffset.MaxValue, Ct));
    }

    [Fact]
    public async Task Copy_StoppedMidway_ResumesAfterTheLastBatchWithoutDuplicates()
    {
        Assert.SkipWhen(_schema is null, TestPostgres.SkipReason);
        var lite = Services(StorageProviders.LiteDb);
        var seeded = await SeedAsync(lite, messages: 30);
        var source = lite.GetRequiredService<ILiteDatabase>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var stopper = new Stopper(stop, store: "messages", after: 12);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => LiteDbToPostgres.CopyAsync(source, _connectionString, stopper, batchSize: 4, cancellationToken: stop.Token));
        var resumed = new Recorder();
        var results = await LiteDbToPostgres.CopyAsync(source, _connectionString, resumed, batchSize: 4, cancellationToken: Ct);

        // The second run started the messages where the first stopped (12 of 30), not from 0.
        Assert.Equal(12, resumed.Reports.First(r => r.Store == "messages").Copied);
        Assert.Equal(30, results.Single(r => r.Store == "messages").Copied);
        Assert.Equal(30, await CountAsync("messages"));
        Assert.Equal(30, await Services(StorageProviders.Postgres).GetRequiredService<IMessageRepository>().CountAsync(seeded.Conversation, Ct));
    }

    [Fact]
    public async Task Copy_StickerHistoryStoppedMidway_ResumesAfterItsNumericIds()
    {
        Assert.SkipWhen(_schema is null, TestPostgres.SkipReason);
        var lite = Services(StorageProviders.LiteDb);
        await SeedAsync(lite, messages: 2);
        var source = lite.GetRequiredService<ILiteDatabase>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => LiteDbToPostgres.CopyAsync(
            source, _connectionString, new Stopper(stop, store: "sticker_uses", after: 2), batchSize: 2, cancellationToken: stop.Token));
        var resumed = new Recorder();
        await LiteDbToPostgres.CopyAsync(source, _connectionString, resumed, batchSize: 2, cancellationToken: Ct);

        // The LiteDB ids are Int64: the checkpoint ("2") is compared as a number, so the third use is copied once.
        Assert.Equal(2, resumed.Reports.First(r => r.Store == "sticker_uses").Copied);
        Assert.Equal(3, await CountAsync("sticker_uses"));
        Assert.Equal(
            await lite.GetRequiredService<IStickerHistory>().RecentAsync("c-ana", 10, Ct),
            await Services(StorageProviders.Postgres).GetRequiredService<IStickerHistory>().RecentAsync("c-ana", 10, Ct));
    }

    [Fact]
    public async Task Copy_Twice_AddsNothingTheSecondTimeAndKeepsRowsPostgresChanged()
    {
        Assert.SkipWhen(_schema is null, TestPostgres.SkipReason);
        var lite = Services(StorageProviders.LiteDb);
        var seeded = await SeedAsync(lite, messages: 5);
        var source = lite.GetRequiredService<ILiteDatabase>();
        await LiteDbToPostgres.CopyAsync(source, _connectionString, cancellationToken: Ct);
        await Services(StorageProviders.Postgres).GetRequiredService<IDraftStore>().ApproveAsync(seeded.Draft.Id, cancellationToken: Ct);

        await LiteDbToPostgres.CopyAsync(source, _connectionString, restart: true, cancellationToken: Ct);

        Assert.Equal(5, await CountAsync("messages"));
        Assert.Equal(1, await CountAsync("contacts"));
        Assert.Equal(3, await CountAsync("sticker_uses"));
        Assert.Equal(1, await CountAsync("takeovers"));
        Assert.Equal(DraftStatus.Approved, (await Services(StorageProviders.Postgres).GetRequiredService<IDraftStore>().GetAsync(seeded.Draft.Id, Ct))?.Status);
    }

    [Fact]
    public async Task Copy_MissingConnectionString_OneLineStorageError()
    {
        var lite = Services(StorageProviders.LiteDb);

        var refused = await Assert.ThrowsAsync<StorageException>(() => LiteDbToPostgres.CopyAsync(lite.GetRequiredService<ILiteDatabase>(), null, cancellationToken: Ct));

        Assert.StartsWith("ConnectionStrings:Postgres is required", refused.Message, StringComparison.Ordinal);
    }

    private ServiceProvider Services(string provider)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = provider,
            ["ConnectionStrings:Postgres"] = _connectionString,
            ["Events:Provider"] = "nats",
        }).Build();
        var services = new ServiceCollection();
        services.AddWhatStyleTools(configuration, provider == StorageProviders.LiteDb ? _dataDirectory : Directory.CreateTempSubdirectory("whatstyle-copy-pg-").FullName);
        services.AddWhatStylePostgres(configuration);
        var built = services.BuildServiceProvider();
        _containers.Add(built);
        return built;
    }

    private async Task<long> CountAsync(string table)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection);
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }

    private static async Task<Seeded> SeedAsync(IServiceProvider lite, int messages)
    {
        var contactKey = "wa:4917012345678";
        var contact = await lite.GetRequiredService<IContactRepository>().GetOrAddAsync(
            new ContactRecord(new Contact("c-ana", "Ana", ["Annie"], ["+4917012345678"], ["4917012345678"]), new ContactSettings { Relationship = Relationship.Friend }, new StyleAccumulator { Count = 2 }),
            [contactKey, "name:ana"], Ct);
        var groupKey = "name:climbing";
        var group = await lite.GetRequiredService<IGroupRepository>().GetOrAddAsync(new GroupRecord(new Group("gr_1", "Climbing", ["c-ana"]), new StyleAccumulator()), groupKey, Ct);
        var chat = Enumerable.Range(0, messages)
            .Select(i => new ConversationMessage($"m-{i:D3}", "c-ana", null, i % 2 == 0 ? MessageDirection.Incoming : MessageDirection.Outgoing, $"message {i}", Start.AddMinutes(i)))
            .ToList();
        await lite.GetRequiredService<IMessageRepository>().AddNewAsync(chat, [new StoredExchange("x-1", ConversationKeys.ForContact("c-ana"), "message 0", "ok!", Start, new float[] { 0.5f, -0.5f }, "m")], Ct);
        await lite.GetRequiredService<IToneHistory>().SaveAsync([new ToneReading("m-000", 0.8, Emotion.Joy)], Ct);
        var draft = new Draft { Id = "d-1", Contact = "Ana", Chat = "4917012345678", Text = "see you", CreatedAt = DateTimeOffset.FromUnixTimeMilliseconds(1_770_000_000_000) };
        await lite.GetRequiredService<IDraftStore>().AddAsync(draft, Ct);
        var retry = new RetryItem { ContactId = "c-ana", Text = "there?", EnqueuedAt = Start, ReceivedAt = Start };
        await lite.GetRequiredService<IRetryQueue>().EnqueueAsync(retry, Ct);
        // Recorded out of time order: the newest-first order is the recording order, and the copy must keep it.
        foreach (var (sticker, minute) in new[] { ("wave", 5), ("laugh", 1), ("heart", 3) })
        {
            await lite.GetRequiredService<IStickerHistory>().RecordAsync(new StickerUse("c-ana", sticker, Start.AddMinutes(minute)), Ct);
        }

        await lite.GetRequiredService<ITakeovers>().TakeOverAsync("c-ana", Ct);
        await lite.GetRequiredService<IReplyLog>().RecordAsync(
            new ReplyRecord { Id = "reply:m-000", Contact = "4917012345678", WrittenAt = Start, Provider = "mistral", Calls = 2, FailedCalls = 1 }, Ct);
        await lite.GetRequiredService<IReplyLog>().RecordAsync(
            new ReplyRecord { Id = "reply:m-002", Contact = "4917012345678", WrittenAt = Start.AddMinutes(2), Provider = "offline", Fallback = true, SentBy = ReplyRecord.Owner, SentAt = Start.AddMinutes(3) }, Ct);
        await lite.GetRequiredService<IUrgentMessages>().AddAsync(new UrgentMessage("m-004", "4917012345678", "4917012345678", null, Start.AddMinutes(4)), Ct);
        return new Seeded(contact, contactKey, group, groupKey, ConversationKeys.ForContact("c-ana"), "m-000", draft, retry.Id);
    }

    private sealed record Seeded(ContactRecord Contact, string ContactKey, GroupRecord Group, string GroupKey, string Conversation, string ToneMessageId, Draft Draft, string RetryId);

    /// <summary>Records reports as they come (Progress&lt;T&gt; would post them later, on the thread pool).</summary>
    private sealed class Recorder : IProgress<CopyProgress>
    {
        public List<CopyProgress> Reports { get; } = [];

        public void Report(CopyProgress value) => Reports.Add(value);
    }

    /// <summary>Cancels the copy once a store has copied a number of documents: a process stopped mid-copy.</summary>
    private sealed class Stopper(CancellationTokenSource stop, string store, int after) : IProgress<CopyProgress>
    {
        public void Report(CopyProgress value)
        {
            if (value.Store == store && value.Copied >= after)
            {
                stop.Cancel();
            }
        }
    }
}
