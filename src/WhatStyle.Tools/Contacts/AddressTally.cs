namespace WhatStyle.Tools.Contacts;

/// <summary>
/// The weight of the owner's messages to a contact that address them the familiar way (tu, du, tú) and the polite way
/// (vous, Sie, usted) in one language; recent messages weigh more, as in the rest of the fingerprint.
/// </summary>
public sealed record AddressTally(double Familiar, double Polite)
{
    /// <summary>Polite needs about this much weight: two recent messages.</summary>
    public const double PoliteMinimum = 1.5;

    /// <summary>What the owner's messages show, or null when they show too little.</summary>
    /// <remarks>
    /// The evidence is lopsided. Tu and du are only said to someone one is familiar with, but vous is also a plural
    /// ("vous venez dimanche ?" to both parents) and "a senhora" also "the lady". So familiar wins unless polite
    /// messages outnumber familiar ones three to one, and polite alone needs more than a single message.
    /// </remarks>
    public AddressForm? Form =>
        Polite > 3 * Familiar && Polite >= PoliteMinimum ? AddressForm.Polite
        : Familiar > 0 && 3 * Familiar >= Polite ? AddressForm.Familiar
        : null;
}
