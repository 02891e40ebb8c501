namespace WhatStyle.WhatsAppBridge.Inbox;

/// <summary>
/// Orders delivery statuses so a late webhook never downgrades one: sent &lt; failed &lt; delivered &lt; read &lt; played.
/// "failed" beats only "sent" because a delivered or read message evidently did not fail.
/// </summary>
internal static class StatusRank
{
    public static int Of(string status) => status switch
    {
        "sent" => 1,
        "failed" => 2,
        "delivered" => 3,
        "read" => 4,
        "played" => 5,
        _ => 0,
    };
}
