namespace WhatStyle.WhatsAppBridge.Sending;

/// <summary>
/// The global send rate of the account: Meta's throughput tier on the Cloud API, a person's pace on a personal
/// account. In this process alone by default (<see cref="LocalSendThrottle"/>); across every bridge sharing Redis when
/// <c>ConnectionStrings:Redis</c> is set (<see cref="Shared.RedisSendThrottle"/>).
/// </summary>
internal interface ISendThrottle
{
    /// <summary>Takes a token at <paramref name="ratePerSecond"/>; when none is left, says how long until one will be.</summary>
    bool TryTake(double ratePerSecond, out TimeSpan wait);
}
