namespace WhatStyle.Dashboard.Bridge;

/// <summary>The bridge's channel as the dashboard shows it.</summary>
/// <param name="Channel">cloud, waha or evolution; "none" when no bridge runs.</param>
/// <param name="Personal">A personal account (WAHA, Evolution).</param>
/// <param name="Session">The personal session's state (WORKING, SCAN_QR_CODE…), null when unknown or not personal.</param>
/// <param name="Since">When the session reached that state.</param>
/// <param name="QrImage">While the session needs scanning: the QR code as a PNG image, else null.</param>
/// <param name="Note">One line for the owner (why sending waits, what to do).</param>
public sealed record ChannelStatus(string Channel, bool Personal, string? Session, DateTimeOffset? Since, byte[]? QrImage, string Note)
{
    /// <summary>No bridge is running.</summary>
    public static ChannelStatus Offline(string note) => new("none", false, null, null, null, note);
}
