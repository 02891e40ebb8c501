namespace WhatStyle.Tools.Contacts;

/// <summary>One person, however they appear: a display name, aliases ("Dad", "Papa"), E.164 numbers and WhatsApp ids.</summary>
/// <param name="Id">Stable internal id.</param>
/// <param name="DisplayName">The name shown to the owner.</param>
/// <param name="Aliases">Other names the person goes by.</param>
/// <param name="PhoneNumbers">Numbers in E.164 form (+491701234567).</param>
/// <param name="WhatsAppIds">WhatsApp wa_id values and business-scoped user ids.</param>
public sealed record Contact(
    string Id,
    string DisplayName,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> PhoneNumbers,
    IReadOnlyList<string> WhatsAppIds);
