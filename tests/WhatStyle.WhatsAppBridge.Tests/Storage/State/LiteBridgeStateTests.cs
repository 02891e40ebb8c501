using WhatStyle.WhatsAppBridge.Storage;
using WhatStyle.WhatsAppBridge.Storage.State;

namespace WhatStyle.WhatsAppBridge.Tests.Storage.State;

/// <summary>The contract over bridge.db (the default provider).</summary>
public sealed class LiteBridgeStateTests : BridgeStateContract, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("whatstyle-state-").FullName;
    private readonly BridgeDatabase _database;

    public LiteBridgeStateTests() => _database = new BridgeDatabase(_directory);

    internal override IBridgeState NewState(string holder = "bridge-a", TimeSpan? chatLease = null) => new LiteBridgeState(_database);

    public void Dispose()
    {
        _database.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}
