using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using WhatStyle.WhatsAppBridge.Inbox;
using WhatStyle.WhatsAppBridge.Poison;
using WhatStyle.WhatsAppBridge.Storage.Postgres;

namespace WhatStyle.WhatsAppBridge.Tests.Storage.Postgres;

/// <summary>
/// A bridge moving to PostgreSQL's inbox with webhooks still waiting in its log on disk: they move into the database,
/// in order, once; what the log's cursor says was processed stays behind.
/// </summary>
public sealed class InboxCarryOverTests : PostgresBridgeFixture, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("whatstyle-carry-").FullName;

    [Fact]
    public void Run_LogOnDiskWithUnprocessedTail_TailMovesIntoPostgresOnce()
    {
        var state = NewState("bridge-a");
        using var fileLog = new InboxLog(_directory);
        fileLog.Append([Body("processed")], 1);
        fileLog.Append([Body("waiting 1"), Body("waiting 2")], 2);
        fileLog.Append([Body("waiting 3")], 3);
        var fileCursor = new InboxCursor(state, fileLog);
        fileCursor.Save(fileLog.Read(InboxLog.Start, 1).Next);
        var carryOver = new InboxCarryOver(state, fileLog, new InboxDeadLetterStore(state, TimeProvider.System), NullLogger<InboxCarryOver>.Instance);

        Assert.Equal(3, carryOver.Run(TestContext.Current.CancellationToken));
        Assert.Equal(0, carryOver.Run(TestContext.Current.CancellationToken));

        var moved = state.Inbox.Read(state.Inbox.Start, 10).Records;
        Assert.Equal(["waiting 1", "waiting 2", "waiting 3"], moved.Select(r => Encoding.UTF8.GetString(r.Body)));
        Assert.Equal([2L, 2L, 3L], moved.Select(r => r.ReceivedAtMs));
        Assert.Empty(fileLog.Read(fileCursor.Load(), 10).Records);
        // The database's inbox has a cursor of its own: the log's position does not skip any of its rows.
        Assert.Equal(state.Inbox.Start, new InboxCursor(state, state.Inbox).Load());
    }

    public void Dispose()
    {
        Directory.Delete(_directory, recursive: true);
    }

    private static byte[] Body(string text) => Encoding.UTF8.GetBytes(text);
}
