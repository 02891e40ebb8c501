using WhatStyle.Storage.Postgres.Tests.Support;
using WhatStyle.Tools.Attention;

namespace WhatStyle.Storage.Postgres.Tests.Contracts;

/// <summary>What every <see cref="IUrgentMessages"/> must do, whichever provider stores it.</summary>
public abstract class UrgentMessagesContract(StoreHarness harness)
{
    private IUrgentMessages Urgent => harness.Get<IUrgentMessages>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Registration_ConfiguredProvider_ResolvesItsImplementation() =>
        Assert.StartsWith(harness.ImplementationPrefix, Urgent.GetType().Name, StringComparison.Ordinal);

    [Fact]
    public async Task Add_SameMessageTwice_StoresOneMark()
    {
        var at = new DateTimeOffset(2031, 3, 1, 9, 0, 0, TimeSpan.Zero);
        var mark = new UrgentMessage("m-" + Guid.NewGuid().ToString("N"), "4917000000001", "g-1@g.us", "g-1@g.us", at);

        await Urgent.AddAsync(mark, Ct);
        await Urgent.AddAsync(mark, Ct);

        Assert.Equal(mark, Assert.Single(await Urgent.ListAsync(at, Ct), m => m.MessageId == mark.MessageId));
    }

    [Fact]
    public async Task List_Since_ReturnsLaterMarksNewestFirst()
    {
        var contact = "c-" + Guid.NewGuid().ToString("N");
        var since = new DateTimeOffset(2032, 5, 1, 9, 0, 0, TimeSpan.Zero);
        var marks = new[] { -1, 0, 5, 2 }
            .Select(minutes => new UrgentMessage("m-" + Guid.NewGuid().ToString("N"), contact, contact, null, since.AddMinutes(minutes)))
            .ToList();
        foreach (var mark in marks)
        {
            await Urgent.AddAsync(mark, Ct);
        }

        var listed = (await Urgent.ListAsync(since, Ct)).Where(m => m.Contact == contact).ToList();

        Assert.Equal([marks[2], marks[3], marks[1]], listed);
    }
}

public sealed class LiteDbUrgentMessagesTests(LiteDbHarness harness) : UrgentMessagesContract(harness), IClassFixture<LiteDbHarness>;

public sealed class PostgresUrgentMessagesTests(PostgresHarness harness) : UrgentMessagesContract(harness), IClassFixture<PostgresHarness>;
