namespace WhatStyle.Tools.Contacts.Style;

/// <summary>How one message addresses its reader in one language.</summary>
internal readonly record struct LanguageAddress(string Language, AddressForm Form);
