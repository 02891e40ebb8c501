namespace WhatStyle.WhatsAppBridge.Sending.Shared;

/// <summary>Says once when a shared limit falls back to this process's own, and once when it is shared again.</summary>
internal sealed class SharedLimitHealth(ILogger logger, string limit)
{
    private int _down;

    public void Failed(Exception ex)
    {
        if (Interlocked.Exchange(ref _down, 1) == 0)
        {
            logger.LogWarning("Redis unreachable ({Error}): the {Limit} limit is this process's own until it answers again.", ex.Message, limit);
        }
    }

    public void Answered()
    {
        if (Interlocked.Exchange(ref _down, 0) == 1)
        {
            logger.LogInformation("Redis answers again: the {Limit} limit is shared across bridges again.", limit);
        }
    }
}
