namespace WhatStyle.WhatsAppBridge.Storage;

/// <summary>
/// The seam through which tests make bridge.db's writes fail (a full disk, a read-only mount) without a real full disk:
/// every write, flush and resize of the database's files asks it first. Production never sets it.
/// </summary>
internal sealed class StorageFaults
{
    private volatile Func<Exception>? _failWrites;

    /// <summary>While set, every write to bridge.db's files throws what it returns.</summary>
    public Func<Exception>? FailWrites
    {
        get => _failWrites;
        set => _failWrites = value;
    }

    public void ThrowIfFailing()
    {
        if (_failWrites is { } fail)
        {
            throw fail();
        }
    }
}
