namespace WhatStyle.WhatsAppBridge.Poison;

/// <summary>The owner asked to retry a dead letter that must not be retried (a corrupt inbox record); the message says why.</summary>
internal sealed class RetryRefusedException : InvalidOperationException
{
    public RetryRefusedException()
    {
    }

    public RetryRefusedException(string message)
        : base(message)
    {
    }

    public RetryRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
