using WhatStyle.Dashboard.Data;
using WhatStyle.Dashboard.Tests.Support;
using WhatStyle.Tools.Attention;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Drafts;
using WhatStyle.Tools.Memory;

namespace WhatStyle.Dashboard.Tests.Data;

public sealed class AlertQueryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task LoadAsync_UrgentMessageNotAnswered_IsAnAlertNamingWhoNotWhat()
    {
        await using var server = await DashboardServer.StartAsync(cancellationToken: Ct);
        var seed = new Seed(server.Services);
        var nina = await seed.ContactAsync("+491700000071", "Nina", Ct);
        var now = server.Time.GetUtcNow();
        await server.Get<IUrgentMessages>().AddAsync(new UrgentMessage("wamid.u1", "+491700000071", "491700000071", null, now.AddMinutes(-3)), Ct);

        var alerts = await server.Get<AlertQuery>().LoadAsync(Ct);

        var alert = Assert.Single(alerts);
        Assert.Equal(("urgent", ConversationKeys.ForContact(nina.Contact.Id), "urgent:wamid.u1"), (alert.Kind, alert.ConversationKey, alert.Id));
        Assert.Equal("An urgent message from Nina is not answered yet.", alert.Text);
    }

    [Fact]
    public async Task LoadAsync_UrgentMessageAnsweredOrTooOld_IsNoAlert()
    {
        await using var server = await DashboardServer.StartAsync(new Dictionary<string, string?> { ["Dashboard:UrgentAlertFor"] = "02:00:00" }, Ct);
        var seed = new Seed(server.Services);
        var nina = await seed.ContactAsync("+491700000072", "Nina", Ct);
        await seed.ContactAsync("+491700000073", "Omar", Ct);
        var now = server.Time.GetUtcNow();
        var urgent = server.Get<IUrgentMessages>();
        await urgent.AddAsync(new UrgentMessage("wamid.u2", "+491700000072", "491700000072", null, now.AddMinutes(-10)), Ct);
        await server.Get<IConversationMemory>().RecordAsync(
            new ConversationMessage("m-answer", nina.Contact.Id, null, MessageDirection.Outgoing, "on my way", now.AddMinutes(-2)), Ct);
        await urgent.AddAsync(new UrgentMessage("wamid.u3", "+491700000073", "491700000073", null, now.AddHours(-3)), Ct);

        var alerts = await server.Get<AlertQuery>().LoadAsync(Ct);

        Assert.Empty(alerts);
    }

    [Fact]
    public async Task LoadAsync_ManyDraftsWaiting_LooksUpOnlyTheOnesThatAlert()
    {
        Func<CallCounter<IContactDirectory>>? contacts = null;
        await using var server = await DashboardServer.StartAsync(null, services => contacts = CountingRegistration.Count<IContactDirectory>(services), Ct);
        var seed = new Seed(server.Services);
        await seed.ContactAsync("+491700000074", "Nina", Ct);
        var now = server.Time.GetUtcNow();
        for (var i = 0; i < 20; i++)
        {
            await seed.DraftAsync("+491700000074", "hi", "hey", Ct, createdAt: now.AddMinutes(-1));
        }

        await seed.DraftAsync("+491700000074", "help me", "…", Ct, crisis: "likely danger", createdAt: now);
        var before = contacts!()["FindAsync"];

        var alerts = await server.Get<AlertQuery>().LoadAsync(Ct);

        Assert.Equal("crisis", Assert.Single(alerts).Kind);
        Assert.Equal(1, contacts()["FindAsync"] - before); // one lookup for the one alerting draft, none for the 20 fresh ones
    }

    [Fact]
    public async Task ConversationQuery_ListsTheDraftsOnce()
    {
        Func<CallCounter<IDraftStore>>? drafts = null;
        await using var server = await DashboardServer.StartAsync(null, services => drafts = CountingRegistration.Count<IDraftStore>(services), Ct);
        var seed = new Seed(server.Services);
        await seed.DraftAsync("+491700000075", "hi", "hey", Ct);
        var before = drafts!()["ListAsync"];

        var view = await server.Get<ConversationQuery>().LoadAsync(DraftPlaces.UnknownPrefix + "+491700000075", Ct);

        Assert.NotNull(view);
        Assert.Equal(1, drafts()["ListAsync"] - before);
    }
}
