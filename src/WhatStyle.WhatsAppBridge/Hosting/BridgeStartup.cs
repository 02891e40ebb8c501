using WhatStyle.Hosting;
using WhatStyle.WhatsAppBridge.Inbox;
using WhatStyle.WhatsAppBridge.Storage;

namespace WhatStyle.WhatsAppBridge.Hosting;

/// <summary>Start-up steps Program.cs runs before the host starts.</summary>
internal static class BridgeStartup
{
    /// <summary>
    /// Opens bridge.db and the inbox log (taking the bridge's lock first); returns the one-line error when they cannot be
    /// used (damaged, wrong password, lock held by another bridge), else null.
    /// </summary>
    public static string? OpenStorage(IServiceProvider services)
    {
        try
        {
            _ = services.GetRequiredService<BridgeDatabase>();
            _ = services.GetRequiredService<InboxLog>();
            return null;
        }
        catch (Exception ex) when (StartupErrors.Describe(ex) is { } cause)
        {
            // bridge.db unusable or from a newer WhatStyle, the lock held by another bridge (HostStartupException), an
            // inbox log with a wrong password (StorageException).
            return cause;
        }
    }
}
