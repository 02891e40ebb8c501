using System.ComponentModel.DataAnnotations;

namespace WhatStyle.Tools.Contacts;

/// <summary>How contact identities are read (configuration section <c>Contacts</c>).</summary>
public sealed class ContactsOptions
{
    public const string SectionName = "Contacts";

    /// <summary>
    /// Country calling code (digits, e.g. "49") used to read national numbers such as "0170 1234567". Default none:
    /// national numbers then stay as written and only match the same national spelling.
    /// </summary>
    [RegularExpression(@"^\d{1,3}$", ErrorMessage = "Contacts:DefaultCountryCode must be 1 to 3 digits, e.g. 49.")]
    public string? DefaultCountryCode { get; set; }
}
