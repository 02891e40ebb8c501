using LiteDB;
using Microsoft.Extensions.Time.Testing;
using WhatStyle.Tools.Drafts;

namespace WhatStyle.Tools.Tests.Drafts;

public sealed class LiteDbDraftStoreTests : IDisposable
{
    private readonly LiteDatabase _database = new(new MemoryStream());
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 20, 0, 0, TimeSpan.Zero));
    private readonly LiteDbDraftStore _store;

    public LiteDbDraftStoreTests() => _store = new LiteDbDraftStore(_database, _time);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Draft NewDraft(string id, string text = "see you at 8") => new()
    {
        Id = id,
        Contact = "4917012345",
        Chat = "4917012345",
        IncomingText = "when?",
        Text = text,
        CreatedAt = _time.GetUtcNow(),
    };

    [Fact]
    public async Task AddAsync_SameIdTwice_StoresOneDraft()
    {
        Assert.True(await _store.AddAsync(NewDraft("d1"), Ct));
        Assert.False(await _store.AddAsync(NewDraft("d1", "different text"), Ct));

        var draft = Assert.Single(await _store.ListAsync(cancellationToken: Ct));
        Assert.Equal("see you at 8", draft.Text);
        Assert.Equal(DraftStatus.Pending, draft.Status);
        Assert.Equal(_time.GetUtcNow(), draft.CreatedAt);
    }

    [Fact]
    public async Task ApproveAsync_EditedText_ReplacesTextAndStampsTime()
    {
        await _store.AddAsync(NewDraft("d1"), Ct);
        _time.Advance(TimeSpan.FromMinutes(5));

        var approved = await _store.ApproveAsync("d1", "make it 9", Ct);

        Assert.Equal((DraftStatus.Approved, "make it 9", _time.GetUtcNow()), (approved.Status, approved.Text, approved.UpdatedAt!.Value));
        Assert.Single(await _store.ListAsync(DraftStatus.Approved, Ct));
        Assert.Empty(await _store.ListAsync(DraftStatus.Pending, Ct));
    }

    [Fact]
    public async Task Decisions_OnlyApplyToPendingDrafts()
    {
        await _store.AddAsync(NewDraft("d1"), Ct);
        await _store.RejectAsync("d1", Ct);

        await Assert.ThrowsAsync<InvalidOperationException>(() => _store.ApproveAsync("d1", cancellationToken: Ct));
        await Assert.ThrowsAsync<InvalidOperationException>(() => _store.MarkSentAsync("d1", Ct));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => _store.RejectAsync("missing", Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => _store.ApproveAsync("d1", "  ", Ct));
    }

    [Fact]
    public async Task WithdrawAsync_PendingDraft_IsWithdrawnAndFinal()
    {
        await _store.AddAsync(NewDraft("d1"), Ct);

        var withdrawn = await _store.WithdrawAsync("d1", Ct);

        Assert.Equal(DraftStatus.Withdrawn, withdrawn.Status);
        Assert.Equal(DraftStatus.Withdrawn, (await _store.GetAsync("d1", Ct))!.Status);
        Assert.Empty(await _store.ListAsync(DraftStatus.Pending, Ct));
        await Assert.ThrowsAsync<InvalidOperationException>(() => _store.ApproveAsync("d1", cancellationToken: Ct));
        await Assert.ThrowsAsync<InvalidOperationException>(() => _store.WithdrawAsync("d1", Ct));
    }

    [Fact]
    public async Task MarkSentAsync_ApprovedDraft_IsIdempotent()
    {
        await _store.AddAsync(NewDraft("d1"), Ct);
        await _store.ApproveAsync("d1", cancellationToken: Ct);

        await _store.MarkSentAsync("d1", Ct);
        await _store.MarkSentAsync("d1", Ct);

        Assert.Equal(DraftStatus.Sent, (await _store.GetAsync("d1", Ct))!.Status);
    }

    [Fact]
    public async Task ListAsync_OrdersOldestFirst()
    {
        await _store.AddAsync(NewDraft("later") with { CreatedAt = _time.GetUtcNow().AddMinutes(1) }, Ct);
        await _store.AddAsync(NewDraft("earlier"), Ct);

        Assert.Equal(["earlier", "later"], (await _store.ListAsync(cancellationToken: Ct)).Select(d => d.Id));
    }

    [Fact]
    public async Task ApproveAsync_Edited_IsMarkedEdited_SameTextOrNoneIsNot()
    {
        await _store.AddAsync(NewDraft("d1"), Ct);
        await _store.AddAsync(NewDraft("d2"), Ct);
        await _store.AddAsync(NewDraft("d3"), Ct);

        var edited = await _store.ApproveAsync("d1", "make it 9", Ct);
        var same = await _store.ApproveAsync("d2", "see you at 8", Ct);
        var plain = await _store.ApproveAsync("d3", cancellationToken: Ct);

        Assert.Equal((true, false, false), (edited.Edited, same.Edited, plain.Edited));
        Assert.True((await _store.GetAsync("d1", Ct))!.Edited);
    }

    public void Dispose() => _database.Dispose();
}
