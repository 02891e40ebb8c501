using WhatStyle.Dashboard.Data;
using WhatStyle.Dashboard.Tests.Support;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.Takeovers;

namespace WhatStyle.Dashboard.Tests.Data;

public sealed class InboxQueryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task LoadAsync_MixedConversations_OrdersByWhatNeedsTheOwner()
    {
        await using var server = await DashboardServer.StartAsync(cancellationToken: Ct);
        var seed = new Seed(server.Services);
        var answered = await seed.ContactAsync("+491700000001", "Answered Anna", Ct);
        await seed.MessageAsync(answered, MessageDirection.Incoming, "how was your day?", 50, Ct);
        await seed.MessageAsync(answered, MessageDirection.Outgoing, "good, thanks!", 51, Ct);
        var taken = await seed.ContactAsync("+491700000002", "Taken Tom", Ct);
        await seed.MessageAsync(taken, MessageDirection.Incoming, "see you later", 40, Ct);
        await server.Get<ITakeovers>().TakeOverAsync(taken.Contact.Id, Ct);
        var drafted = await seed.ContactAsync("+491700000003", "Drafted Dora", Ct);
        await seed.MessageAsync(drafted, MessageDirection.Incoming, "can I borrow the car?", 30, Ct);
        await seed.DraftAsync("+491700000003", "can I borrow the car?", "sure", Ct);
        var urgent = await seed.ContactAsync("+491700000004", "Urgent Uwe", Ct);
        await seed.MessageAsync(urgent, MessageDirection.Incoming, "URGENT call me right now please!!! asap", 20, Ct);
        var crisis = await seed.ContactAsync("+491700000005", "Crisis Carla", Ct);
        await seed.MessageAsync(crisis, MessageDirection.Incoming, "I can't go on", 10, Ct);
        await seed.DraftAsync("+491700000005", "I can't go on", "hey", Ct, crisis: "likely self-harm");

        var rows = await server.Get<InboxQuery>().LoadAsync(new InboxFilter(), Ct);

        Assert.Equal(["Crisis Carla", "Urgent Uwe", "Drafted Dora", "Taken Tom", "Answered Anna"], rows.Select(r => r.Title));
        Assert.Equal([InboxStatus.Crisis, InboxStatus.Urgent, InboxStatus.Draft, InboxStatus.Takeover, InboxStatus.Answered], rows.Select(r => r.Status));
        Assert.Equal("draft by mistral", rows[2].AnsweredBy);
        Assert.Equal("you", rows[4].AnsweredBy);
        Assert.Equal("good, thanks!", rows[4].LastMessage!.Text);
    }

    [Fact]
    public async Task LoadAsync_Filters_KeepOnlyWhatWasAskedFor()
    {
        await using var server = await DashboardServer.StartAsync(cancellationToken: Ct);
        var seed = new Seed(server.Services);
        var anna = await seed.ContactAsync("+491700000011", "Anna", Ct);
        await seed.MessageAsync(anna, MessageDirection.Incoming, "hi", 1, Ct);
        await seed.MessageAsync(anna, MessageDirection.Outgoing, "hey!", 2, Ct, byWhatStyle: true);
        var ben = await seed.ContactAsync("+491700000012", "Ben", Ct);
        await seed.MessageAsync(ben, MessageDirection.Incoming, "lunch?", 3, Ct);
        await seed.DraftAsync("+491700000012", "lunch?", "yes", Ct, provider: "offline");
        var inbox = server.Get<InboxQuery>();

        var drafts = await inbox.LoadAsync(InboxFilter.Parse("drafts", null), Ct);
        var needsMe = await inbox.LoadAsync(InboxFilter.Parse("needs-me", null), Ct);
        var byName = await inbox.LoadAsync(InboxFilter.Parse("all", "ann"), Ct);
        var groups = await inbox.LoadAsync(InboxFilter.Parse("groups", null), Ct);
        var all = await inbox.LoadAsync(InboxFilter.Parse("nonsense", null), Ct);

        Assert.Equal(["Ben"], drafts.Select(r => r.Title));
        Assert.Equal("draft by the offline responder", drafts[0].AnsweredBy);
        Assert.Equal(["Ben"], needsMe.Select(r => r.Title));
        Assert.Equal(["Anna"], byName.Select(r => r.Title));
        Assert.Equal("WhatStyle", byName[0].AnsweredBy);
        Assert.Empty(groups);
        Assert.Equal(2, all.Count);
    }

    [Fact]
    public async Task LoadAsync_LastReplySentByWhatStyle_NamesTheModelOrTheOfflineResponderFromTheReplyLog()
    {
        await using var server = await DashboardServer.StartAsync(cancellationToken: Ct);
        var seed = new Seed(server.Services);
        var anna = await seed.ContactAsync("+491700000013", "Anna", Ct);
        var ben = await seed.ContactAsync("+491700000014", "Ben", Ct);
        var cleo = await seed.ContactAsync("+491700000015", "Cleo", Ct);
        foreach (var (who, minute) in new[] { (anna, 10), (ben, 20), (cleo, 30) })
        {
            await seed.MessageAsync(who, MessageDirection.Incoming, "hi", minute, Ct);
            await seed.MessageAsync(who, MessageDirection.Outgoing, "hey!", minute + 1, Ct, byWhatStyle: true);
        }

        var log = server.Get<WhatStyle.Tools.ReplyLog.IReplyLog>();
        var at = Seed.Start;
        // The bridge logs the person as it saw them: a WhatsApp number without "+".
        await log.RecordAsync(new() { Id = "r1", Contact = "491700000013", WrittenAt = at.AddMinutes(10), Provider = "mistral", SentBy = "mistral", SentAt = at.AddMinutes(10) }, Ct);
        await log.RecordAsync(new() { Id = "r2", Contact = "491700000014", WrittenAt = at.AddMinutes(20), Provider = "offline", SentBy = "offline", SentAt = at.AddMinutes(20) }, Ct);
        // A later reply (not the last message yet) does not name the last one's writer.
        await log.RecordAsync(new() { Id = "r3", Contact = "491700000015", WrittenAt = at.AddMinutes(50), Provider = "openai", SentBy = "openai", SentAt = at.AddMinutes(50) }, Ct);

        var rows = (await server.Get<InboxQuery>().LoadAsync(InboxFilter.Parse("all", null), Ct)).ToDictionary(r => r.Title, r => r.AnsweredBy);

        Assert.Equal("WhatStyle (mistral)", rows["Anna"]);
        Assert.Equal("the offline responder", rows["Ben"]);
        Assert.Equal("WhatStyle", rows["Cleo"]);
    }

    [Fact]
    public async Task LoadAsync_DraftForUnknownSender_StillShows()
    {
        await using var server = await DashboardServer.StartAsync(cancellationToken: Ct);
        await new Seed(server.Services).DraftAsync("4917099999", "who is this?", "hi!", Ct);

        var rows = await server.Get<InboxQuery>().LoadAsync(new InboxFilter(), Ct);

        var row = Assert.Single(rows);
        Assert.Equal((InboxStatus.Draft, "4917099999", "d:4917099999"), (row.Status, row.Title, row.Key));
    }
}
