using System.Net;
using Microsoft.Extensions.Configuration;

namespace WhatStyle.McpHost.Security;

/// <summary>Decides from configuration whether the HTTP server listens only on loopback.</summary>
internal static class ListenAddresses
{
    /// <summary>Where <c>--http</c> listens when no URL is configured: loopback, on a fixed port the client configs use.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5077";

    /// <summary>All configured URLs: <c>urls</c> (from --urls or ASPNETCORE_URLS) and Kestrel endpoints.</summary>
    public static IReadOnlyList<string> Configured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var urls = (configuration["urls"] ?? string.Empty)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToList();
        urls.AddRange(configuration.GetSection("Kestrel:Endpoints").GetChildren()
            .Select(endpoint => endpoint["Url"])
            .OfType<string>());
        return urls;
    }

    public static bool AreLoopbackOnly(IEnumerable<string> urls) => urls.All(IsLoopback);

    /// <summary>True for localhost and loopback IPs; wildcards (*, +, 0.0.0.0, [::]) and other hosts are beyond loopback.</summary>
    public static bool IsLoopback(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var hostStart = url.IndexOf("://", StringComparison.Ordinal);
        var rest = hostStart < 0 ? url : url[(hostStart + 3)..];
        var host = rest.StartsWith('[')
            ? rest[..(rest.IndexOf(']', StringComparison.Ordinal) + 1)]
            : rest.Split(':', '/')[0];
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
    }
}
