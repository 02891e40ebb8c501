namespace WhatStyle.WhatsAppBridge.Sending;

/// <summary>
/// At most one message per recipient per interval (Meta's pair rate). In this process alone by default
/// (<see cref="RecipientPacer"/>); across every bridge sharing Redis when <c>ConnectionStrings:Redis</c> is set
/// (<see cref="Shared.RedisRecipientPacer"/>).
/// </summary>
internal interface IRecipientPacer
{
    /// <summary>Whether a send to <paramref name="recipient"/> may start now (a cheap look; <see cref="TryReserve"/> decides).</summary>
    bool IsReady(string recipient);

    /// <summary>Reserves the recipient's slot for a send starting now, if it is free: one check-and-set, so two processes never both get it.</summary>
    bool TryReserve(string recipient, TimeSpan interval);

    /// <summary>Blocks the recipient until <paramref name="until"/> (131056 backoff), without affecting others; never shortens a block.</summary>
    void Block(string recipient, DateTimeOffset until);
}
