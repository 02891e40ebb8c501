namespace WhatStyle.WhatsAppBridge.Storage;

/// <summary>
/// bridge.db cannot be used right now (a write failed and the database is being reopened): an <see cref="IOException"/>,
/// so every worker treats it as an outage, backs off and spends no record's attempts.
/// </summary>
internal sealed class StorageUnavailableException : IOException
{
    public StorageUnavailableException()
    {
    }

    public StorageUnavailableException(string message)
        : base(message)
    {
    }

    public StorageUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
