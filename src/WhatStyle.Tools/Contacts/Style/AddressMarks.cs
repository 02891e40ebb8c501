namespace WhatStyle.Tools.Contacts.Style;

/// <summary>Whether a text addresses someone the familiar way (tu, du), the polite way (vous, Sie), or both.</summary>
public readonly record struct AddressMarks(bool Familiar, bool Polite)
{
    /// <summary>How the text addresses its reader, or null when it does not say.</summary>
    /// <remarks>
    /// Tu and du are only ever said to someone one is familiar with, but vous is also a plural ("vous venez dimanche ?"
    /// to both parents): a text with both is familiar.
    /// </remarks>
    public AddressForm? Form => Familiar ? AddressForm.Familiar : Polite ? AddressForm.Polite : null;
}
