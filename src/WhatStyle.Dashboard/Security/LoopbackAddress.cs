using System.Net;

namespace WhatStyle.Dashboard.Security;

/// <summary>Whether a listening address stays on this machine: the line between "no password" and "the owner's login".</summary>
public static class LoopbackAddress
{
    /// <summary>
    /// True for 127.0.0.1, [::1] and localhost; false for any-address forms (0.0.0.0, [::], +, *), other hosts and
    /// anything unreadable. Kestrel reports addresses such as "http://127.0.0.1:5000" or "http://[::]:5000".
    /// </summary>
    public static bool IsLoopbackUrl(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (!Uri.TryCreate(address.Replace("://+", "://any", StringComparison.Ordinal).Replace("://*", "://any", StringComparison.Ordinal), UriKind.Absolute, out var uri))
        {
            return false;
        }

        return uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
    }
}
