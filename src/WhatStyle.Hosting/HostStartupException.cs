namespace WhatStyle.Hosting;

/// <summary>A host cannot start for a reason the person starting it can fix; the message says the cause and the fix.</summary>
public sealed class HostStartupException : Exception
{
    /// <summary>Creates the exception with a one-line message.</summary>
    public HostStartupException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a one-line message and the failure behind it.</summary>
    public HostStartupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception without a message (prefer the other constructors).</summary>
    public HostStartupException()
    {
    }
}
