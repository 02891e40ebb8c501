namespace WhatStyle.Cli;

/// <summary>
/// A mistake the user can fix (missing file, unknown contact, bad value). The CLI prints its message as one
/// line on stderr and exits with 1. Never put secrets in the message.
/// </summary>
public sealed class UserErrorException : Exception
{
    public UserErrorException()
    {
    }

    public UserErrorException(string message) : base(message)
    {
    }

    public UserErrorException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
