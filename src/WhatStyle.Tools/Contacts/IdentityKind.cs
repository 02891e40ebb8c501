namespace WhatStyle.Tools.Contacts;

/// <summary>What an identity string turned out to be.</summary>
public enum IdentityKind
{
    /// <summary>A phone number, in E.164 form when the country is known.</summary>
    Phone,

    /// <summary>A WhatsApp id that is not a phone number: a business-scoped user id ("US.1349…") or a hidden "@lid" id.</summary>
    WhatsAppId,

    /// <summary>A display name or alias.</summary>
    Name,
}

/// <summary>A normalised identity: its kind, the lookup key and a clean form to show.</summary>
/// <param name="Kind">Phone, WhatsApp id or name.</param>
/// <param name="Key">Lookup key; two spellings of the same identity give the same key.</param>
/// <param name="Value">The clean value (E.164 number, id, or trimmed name).</param>
public sealed record IdentityKey(IdentityKind Kind, string Key, string Value);
