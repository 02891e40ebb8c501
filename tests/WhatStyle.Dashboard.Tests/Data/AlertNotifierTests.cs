using Microsoft.Extensions.Options;
using WhatStyle.Dashboard.Data;
using WhatStyle.Dashboard.Tests.Support;

namespace WhatStyle.Dashboard.Tests.Data;

public sealed class AlertNotifierTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NotifyAsync_CrisisAndLongWaitingDraft_SendsEachOnce_ANewDraftNot()
    {
        await using var server = await DashboardServer.StartAsync(new Dictionary<string, string?> { ["Dashboard:DraftAlertAfter"] = "00:30:00" }, Ct);
        var seed = new Seed(server.Services);
        await seed.ContactAsync("+491700000061", "Nina", Ct);
        var now = server.Time.GetUtcNow();
        await seed.DraftAsync("+491700000061", "I can't do this anymore", "…", Ct, crisis: "likely self-harm", createdAt: now);
        await seed.DraftAsync("+491700000062", "lunch?", "yes", Ct, createdAt: now.AddMinutes(-45));
        await seed.DraftAsync("+491700000063", "dinner?", "yes", Ct, createdAt: now.AddMinutes(-5));
        var notifier = server.Get<AlertNotifier>();

        var first = await notifier.NotifyAsync(Ct);
        var again = await notifier.NotifyAsync(Ct);

        Assert.Equal((2, 0), (first, again));
        Assert.Equal(
            ["WhatStyle: A draft for +491700000062 has waited 45 min.", "WhatStyle: Possible crisis (likely self-harm) from Nina: answer personally now."],
            server.Bridge.Notes);
        Assert.DoesNotContain(server.Bridge.Notes, n => n.Contains("can't do this", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NotifyAsync_UrgentMessageNotAnswered_SendsOneNoteWithoutTheText()
    {
        await using var server = await DashboardServer.StartAsync(cancellationToken: Ct);
        await new Seed(server.Services).ContactAsync("+491700000064", "Omar", Ct);
        await server.Get<WhatStyle.Tools.Attention.IUrgentMessages>().AddAsync(
            new("wamid.u9", "+491700000064", "491700000064", null, server.Time.GetUtcNow().AddMinutes(-1)), Ct);
        var notifier = server.Get<AlertNotifier>();

        var first = await notifier.NotifyAsync(Ct);
        var again = await notifier.NotifyAsync(Ct);

        Assert.Equal((1, 0), (first, again));
        Assert.Equal(["WhatStyle: An urgent message from Omar is not answered yet."], server.Bridge.Notes);
    }

    [Fact]
    public void Options_NoteToSelfWithoutOwnerNumber_IsRefused()
    {
        var options = new DashboardOptions { NoteToSelf = true };
        var validator = new DataAnnotationValidateOptions<DashboardOptions>(null);

        var result = validator.Validate(null, options);
        options.OwnerNumber = "491701234567";
        var fixedResult = validator.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Dashboard:OwnerNumber", result.FailureMessage, StringComparison.Ordinal);
        Assert.True(fixedResult.Succeeded);
    }
}
