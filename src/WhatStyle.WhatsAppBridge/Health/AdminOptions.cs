using WhatStyle.WhatsAppBridge.Configuration;

namespace WhatStyle.WhatsAppBridge.Health;

/// <summary>Who may use the owner's endpoints (<c>/admin/…</c>) (keys under <c>Bridge</c>).</summary>
internal sealed class AdminOptions
{
    public const string SectionName = BridgeSection.Name;

    /// <summary>
    /// Whether <c>/admin/dead-letters</c> answers requests that carry no remote address (a Unix socket behind a proxy):
    /// they cannot be shown to come from this machine, so the default is false. Set it only when that socket is reachable
    /// from this machine alone.
    /// </summary>
    public bool AdminAllowUnknownAddress { get; set; }
}
