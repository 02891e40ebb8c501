namespace WhatStyle.WhatsAppBridge.Storage.Postgres;

/// <summary>
/// This bridge's name in shared state: who holds a chat's lease, who marked an outbox item Sending, whose inbox position a
/// cursor is. Kept in the data directory (<c>bridge.holder</c>), so a bridge restarted on the same data directory
/// (the inbox log it acknowledged webhooks into) is the same holder and takes back its own sends of unknown outcome.
/// </summary>
internal sealed class BridgeHolder
{
    public const string FileName = "bridge.holder";

    public BridgeHolder(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    public string Id { get; }

    /// <summary>The data directory's holder id, created on first use.</summary>
    public static BridgeHolder ForDataDirectory(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, FileName);
        if (File.Exists(path) && File.ReadAllText(path).Trim() is { Length: > 0 } existing)
        {
            return new BridgeHolder(existing);
        }

        Directory.CreateDirectory(dataDirectory);
        var id = $"{Environment.MachineName}:{Guid.NewGuid():N}";
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, id);
        File.Move(temporary, path, overwrite: true);
        return new BridgeHolder(id);
    }
}
