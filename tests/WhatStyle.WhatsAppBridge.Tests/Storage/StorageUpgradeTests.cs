using System.Text;
using LiteDB;
using WhatStyle.WhatsAppBridge.Inbox;
using WhatStyle.WhatsAppBridge.Sending;
using WhatStyle.WhatsAppBridge.Storage;

namespace WhatStyle.WhatsAppBridge.Tests.Storage;

public sealed class StorageUpgradeTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("whatstyle-upgrade-").FullName;

    [Fact]
    public void Run_OnAnEarlierVersionsData_MovesTheInboxAndFillsTheIndexKeys()
    {
        using var database = new BridgeDatabase(_directory);
        using var log = new InboxLog(_directory);
        // Documents as the earlier version wrote them: an inbox collection, no DueKey / QueueKey / WaitingFor.
        database.Raw("inbox").Insert(new BsonDocument { ["Body"] = Encoding.UTF8.GetBytes("{\"old\":1}"), ["ReceivedAtMs"] = 7L });
        database.Raw("chats").Insert(new BsonDocument { ["_id"] = "491", ["IsGroup"] = false, ["HasPending"] = true, ["DueAtMs"] = 1000L });
        database.Raw("outbox").Insert(new BsonDocument
        {
            ["_id"] = "reply:w1:text", ["To"] = "491", ["Kind"] = "text", ["Text"] = "hi", ["CreatedAtMs"] = 900L, ["Part"] = 0,
            ["State"] = "Pending", ["Attempts"] = 0, ["NextAttemptAtMs"] = 900L,
        });

        StorageUpgrade.Run(database, log, Outbox.WithKeys);

        var moved = log.Read(InboxLog.Start, 10).Records;
        Assert.Equal("{\"old\":1}", Encoding.UTF8.GetString(Assert.Single(moved).Body));
        Assert.Equal(7, moved[0].ReceivedAtMs);
        Assert.Equal(0, database.Raw("inbox").Count());
        Assert.Equal(1000, database.Chats.FindById("491").DueKey);
        var item = database.Outbox.FindById("reply:w1:text");
        Assert.Equal((900L, "491"), (item.QueueKey, item.WaitingFor));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }
}
