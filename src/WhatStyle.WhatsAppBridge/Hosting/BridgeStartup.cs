using WhatStyle.Hosting;
using WhatStyle.WhatsAppBridge.Storage;

namespace WhatStyle.WhatsAppBridge.Hosting;

/// <summary>Start-up steps Program.cs runs before the host starts.</summary>
internal static class BridgeStartup
{
    /// <summary>Opens bridge.db (taking the bridge's lock first); returns the one-line error when it cannot be used, else null.</summary>
    public static string? OpenStorage(IServiceProvider services)
    {
        try
        {
            _ = services.GetRequiredService<BridgeDatabase>();
            return null;
        }
        catch (StorageStartupException ex)
        {
            return ex.Message;
        }
        catch (Exception ex) when (StartupErrors.Describe(ex) is { } cause)
        {
            // E.g. another bridge holds the lock: taking it comes first.
            return cause;
        }
    }
}
