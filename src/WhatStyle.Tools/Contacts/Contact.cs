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
    IReadOnlyList<string> WhatsAppIds)
{
    // Names are normalised here, as every contact is made (created, renamed with `with`, or read back from storage), so
    // no way in can skip the rule, and names stored before it existed are shown clean without rewriting the database.
    // Reading costs one scan of a short string; a plain ASCII name is returned as it is.

    /// <summary>
    /// The name shown to the owner (<see cref="DisplayNameNormalizer"/>); when nothing visible is left, the first phone
    /// number, else the first WhatsApp id, else <see cref="Id"/>: what a contact without a name is called anyway.
    /// </summary>
    public string DisplayName
    {
        get;
        init => field = Shown(value, PhoneNumbers, WhatsAppIds, Id);
    } = Shown(DisplayName, PhoneNumbers, WhatsAppIds, Id);

    /// <summary>Other names the person goes by, each normalised like <see cref="DisplayName"/>; one with nothing visible left is dropped.</summary>
    public IReadOnlyList<string> Aliases
    {
        get;
        init => field = Normalized(value);
    } = Normalized(Aliases);

    private static string Shown(string? name, IReadOnlyList<string>? phoneNumbers, IReadOnlyList<string>? whatsAppIds, string id)
    {
        var clean = DisplayNameNormalizer.Normalize(name);
        return clean.Length > 0 ? clean : phoneNumbers?.FirstOrDefault() ?? whatsAppIds?.FirstOrDefault() ?? id;
    }

    private static IReadOnlyList<string> Normalized(IReadOnlyList<string>? names)
    {
        if (names is null)
        {
            return [];
        }

        return names.All(n => DisplayNameNormalizer.Normalize(n) == n && n.Length > 0)
            ? names
            : [.. names.Select(DisplayNameNormalizer.Normalize).Where(n => n.Length > 0)];
    }
}
