namespace WhatStyle.Tools.Contacts;

/// <summary>A name, number or WhatsApp id already belongs to a different contact, so it cannot be added to this one.</summary>
public sealed class IdentityConflictException : Exception
{
    public IdentityConflictException()
    {
    }

    public IdentityConflictException(string message) : base(message)
    {
    }

    public IdentityConflictException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
