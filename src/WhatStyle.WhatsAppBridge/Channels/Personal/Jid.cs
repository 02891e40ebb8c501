namespace WhatStyle.WhatsAppBridge.Channels.Personal;

/// <summary>
/// WhatsApp Web ids: <c>4917012345678@c.us</c> (WAHA) or <c>…@s.whatsapp.net</c> (Baileys) for a person,
/// <c>…@g.us</c> for a group, <c>…@lid</c> for a person whose number WhatsApp hides.
/// </summary>
internal static class Jid
{
    public static bool IsGroup(string? jid) => jid?.EndsWith("@g.us", StringComparison.OrdinalIgnoreCase) == true;

    public static bool IsLid(string? jid) => jid?.EndsWith("@lid", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>True for a phone-number id (<c>@c.us</c> or <c>@s.whatsapp.net</c>).</summary>
    public static bool IsPhone(string? jid) =>
        jid is not null && (jid.EndsWith("@c.us", StringComparison.OrdinalIgnoreCase) || jid.EndsWith("@s.whatsapp.net", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The person's id for contact lookups: the bare number (<c>4917012345678</c>, as the Cloud API's wa_id) for a phone
    /// id, a LID kept whole (so it never reads as a number); a device suffix (<c>:12</c>) is dropped.
    /// </summary>
    public static string? Person(string? jid)
    {
        if (string.IsNullOrWhiteSpace(jid))
        {
            return null;
        }

        if (IsLid(jid))
        {
            return jid;
        }

        var at = jid.IndexOf('@', StringComparison.Ordinal);
        var user = at < 0 ? jid : jid[..at];
        var colon = user.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? user : user[..colon];
    }

    /// <summary>The same person's id in another engine's spelling (<c>@s.whatsapp.net</c> and <c>@c.us</c> are one).</summary>
    public static string Canonical(string jid) =>
        jid.EndsWith("@s.whatsapp.net", StringComparison.OrdinalIgnoreCase) ? jid[..^"@s.whatsapp.net".Length] + "@c.us" : jid;
}
