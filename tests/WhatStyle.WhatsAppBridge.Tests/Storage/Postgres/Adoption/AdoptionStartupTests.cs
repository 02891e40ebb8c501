using Microsoft.Extensions.Logging.Abstractions;
using WhatStyle.Hosting;
using WhatStyle.Storage.Postgres;
using WhatStyle.WhatsAppBridge.Storage;
using WhatStyle.WhatsAppBridge.Storage.Postgres;
using WhatStyle.WhatsAppBridge.Storage.Postgres.Adoption;
using static WhatStyle.WhatsAppBridge.Tests.Storage.State.BridgeStateContract;

namespace WhatStyle.WhatsAppBridge.Tests.Storage.Postgres.Adoption;

public sealed class AdoptionStartupTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("whatstyle-adopt-start-").FullName;

    [Fact]
    public async Task StartAsync_ServerUnreachable_StopsStartUpInOneLineAndLeavesBridgeDbUnmarked()
    {
        using var database = new BridgeDatabase(_directory);
        database.Messages.Insert(Message("wamid.1", "491"));
        using var source = PostgresConnectionSource.Create("Host=127.0.0.1;Port=1;Database=whatstyle;Username=whatstyle;Password=not-shown;Timeout=2");
        var startup = new AdoptionStartup(
            () => new BridgeStateAdoption(database, source, "cloud:1555", new BridgeHolder("h"), new StorageStatus(TimeProvider.System), TimeProvider.System),
            NullLogger<AdoptionStartup>.Instance);

        var error = await Assert.ThrowsAsync<HostStartupException>(() => startup.StartAsync(TestContext.Current.CancellationToken));

        Assert.StartsWith("bridge.db's state could not be copied into PostgreSQL (", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("nothing is lost: the next start resumes the copy.", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("not-shown", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Null(AdoptionMark.Find(database));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
