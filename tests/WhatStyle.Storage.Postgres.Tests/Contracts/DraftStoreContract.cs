using WhatStyle.Storage.Postgres.Tests.Support;
using WhatStyle.Tools.Drafts;

namespace WhatStyle.Storage.Postgres.Tests.Contracts;

/// <summary>What every <see cref="IDraftStore"/> must do, whichever provider stores it.</summary>
public abstract class DraftStoreContract(StoreHarness harness)
{
    private IDraftStore Drafts => harness.Get<IDraftStore>();

    [Fact]
    public void Registration_ConfiguredProvider_ResolvesItsImplementation() =>
        Assert.StartsWith(harness.ImplementationPrefix, Drafts.GetType().Name, StringComparison.Ordinal);

    [Fact]
    public async Task Add_SameIdTwice_StoresTheFirstOnly()
    {
        var draft = NewDraft();

        Assert.True(await Drafts.AddAsync(draft, TestContext.Current.CancellationToken));
        Assert.False(await Drafts.AddAsync(draft with { Text = "second" }, TestContext.Current.CancellationToken));
        Assert.Equal(draft, await Drafts.GetAsync(draft.Id, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Approve_WithEditedText_StoresTheTextAndThenRefusesAnotherDecision()
    {
        var draft = NewDraft();
        await Drafts.AddAsync(draft, TestContext.Current.CancellationToken);

        var approved = await Drafts.ApproveAsync(draft.Id, "my own words", TestContext.Current.CancellationToken);

        Assert.Equal((DraftStatus.Approved, true, "my own words"), (approved.Status, approved.Edited, approved.Text));
        Assert.Equal(approved, await Drafts.GetAsync(draft.Id, TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<InvalidOperationException>(() => Drafts.RejectAsync(draft.Id, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Decide_ConcurrentApproveAndReject_ExactlyOneWins()
    {
        var draft = NewDraft();
        await Drafts.AddAsync(draft, TestContext.Current.CancellationToken);

        var attempts = Enumerable.Range(0, 6).Select(i => Task.Run(async () =>
        {
            try
            {
                return i % 2 == 0
                    ? await Drafts.ApproveAsync(draft.Id, cancellationToken: TestContext.Current.CancellationToken)
                    : await Drafts.RejectAsync(draft.Id, TestContext.Current.CancellationToken);
            }
            catch (InvalidOperationException)
            {
                return null;
            }
        })).ToList();
        var decided = (await Task.WhenAll(attempts)).OfType<Draft>().ToList();

        var winner = Assert.Single(decided);
        Assert.Equal(winner.Status, (await Drafts.GetAsync(draft.Id, TestContext.Current.CancellationToken))?.Status);
    }

    [Fact]
    public async Task MarkSent_ApprovedDraft_IsSentAndIdempotent()
    {
        var draft = NewDraft();
        await Drafts.AddAsync(draft, TestContext.Current.CancellationToken);
        await Assert.ThrowsAsync<InvalidOperationException>(() => Drafts.MarkSentAsync(draft.Id, TestContext.Current.CancellationToken));
        await Drafts.ApproveAsync(draft.Id, cancellationToken: TestContext.Current.CancellationToken);

        await Drafts.MarkSentAsync(draft.Id, TestContext.Current.CancellationToken);
        await Drafts.MarkSentAsync(draft.Id, TestContext.Current.CancellationToken);

        Assert.Equal(DraftStatus.Sent, (await Drafts.GetAsync(draft.Id, TestContext.Current.CancellationToken))?.Status);
    }

    [Fact]
    public async Task Decide_UnknownId_ThrowsKeyNotFound()
    {
        var id = "d-" + Guid.NewGuid().ToString("N");

        await Assert.ThrowsAsync<KeyNotFoundException>(() => Drafts.WithdrawAsync(id, TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => Drafts.MarkSentAsync(id, TestContext.Current.CancellationToken));
        Assert.Null(await Drafts.GetAsync(id, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task List_ByStatus_OldestFirst()
    {
        var chat = "chat-" + Guid.NewGuid().ToString("N");
        var newer = NewDraft(chat, minutes: 5);
        var older = NewDraft(chat, minutes: 1);
        var withdrawn = NewDraft(chat, minutes: 3);
        foreach (var draft in new[] { newer, older, withdrawn })
        {
            await Drafts.AddAsync(draft, TestContext.Current.CancellationToken);
        }

        await Drafts.WithdrawAsync(withdrawn.Id, TestContext.Current.CancellationToken);
        var pending = (await Drafts.ListAsync(DraftStatus.Pending, TestContext.Current.CancellationToken)).Where(d => d.Chat == chat);
        var all = (await Drafts.ListAsync(cancellationToken: TestContext.Current.CancellationToken)).Where(d => d.Chat == chat);

        Assert.Equal([older.Id, newer.Id], pending.Select(d => d.Id));
        Assert.Equal([older.Id, withdrawn.Id, newer.Id], all.Select(d => d.Id));
    }

    private static Draft NewDraft(string? chat = null, int minutes = 0) => new()
    {
        Id = "d-" + Guid.NewGuid().ToString("N"),
        Contact = "Ana",
        Chat = chat ?? "4917012345678",
        Group = null,
        InReplyTo = "wamid.1",
        IncomingText = "are you coming?",
        Text = "yes, 10 min",
        StickerPath = null,
        Source = "bridge",
        Provider = "offline",
        Crisis = null,
        CreatedAt = DateTimeOffset.FromUnixTimeMilliseconds(1_772_000_000_000 + (minutes * 60_000)),
    };
}

public sealed class LiteDbDraftStoreTests(LiteDbHarness harness) : DraftStoreContract(harness), IClassFixture<LiteDbHarness>;

public sealed class PostgresDraftStoreTests(PostgresHarness harness) : DraftStoreContract(harness), IClassFixture<PostgresHarness>;
