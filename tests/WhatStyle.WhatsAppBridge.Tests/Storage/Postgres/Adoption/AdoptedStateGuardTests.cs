using WhatStyle.Hosting;
using WhatStyle.WhatsAppBridge.Storage;
using WhatStyle.WhatsAppBridge.Storage.Postgres.Adoption;

namespace WhatStyle.WhatsAppBridge.Tests.Storage.Postgres.Adoption;

public sealed class AdoptedStateGuardTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("whatstyle-adopted-").FullName;

    [Fact]
    public async Task StartAsync_BridgeDbMovedIntoPostgres_StopsStartUpInOneLineNamingTheWayOut()
    {
        using var database = new BridgeDatabase(_directory);
        AdoptionMark.Write(database, new AdoptionMark { Account = "cloud:1555", Holder = "h", AdoptedAtMs = 1_796_000_000_000 });

        var error = await Assert.ThrowsAsync<HostStartupException>(() => new AdoptedStateGuard(database).StartAsync(CancellationToken.None));

        Assert.DoesNotContain('\n', error.Message);
        Assert.Contains("moved into PostgreSQL", error.Message, StringComparison.Ordinal);
        Assert.Contains("Storage:Provider=postgres", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_BridgeDbNeverAdopted_Starts()
    {
        using var database = new BridgeDatabase(_directory);

        await new AdoptedStateGuard(database).StartAsync(CancellationToken.None);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
