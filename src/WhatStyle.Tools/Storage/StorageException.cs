namespace WhatStyle.Tools.Storage;

/// <summary>
/// The database could not be used (wrong password, locked, damaged, unreadable). The message is one line, says
/// what to do, and never contains the password.
/// </summary>
public sealed class StorageException : Exception
{
    public StorageException()
    {
    }

    public StorageException(string message) : base(message)
    {
    }

    public StorageException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
