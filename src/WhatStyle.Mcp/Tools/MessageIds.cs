using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using WhatStyle.Tools.Memory;

namespace WhatStyle.Mcp.Tools;

/// <summary>Stable ids for messages recorded over MCP, so recording the same message twice is stored once.</summary>
internal static class MessageIds
{
    public static string Create(string contactId, MessageDirection direction, DateTimeOffset timestamp, string text)
    {
        var key = string.Join(
            '\u001f',
            contactId,
            direction.ToString(),
            timestamp.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
            text);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return "mcp-" + Convert.ToHexStringLower(hash.AsSpan(0, 12));
    }
}
