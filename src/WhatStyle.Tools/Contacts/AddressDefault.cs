using WhatStyle.Tools.Tone;

namespace WhatStyle.Tools.Contacts;

/// <summary>The address a contact gets when the owner set none and their own messages show none.</summary>
/// <remarks>
/// Respect is not the same thing as the polite form: almost every French, German, Spanish or Portuguese speaker says
/// tu/du/tú to a father or a mother, and "Sie" to your dad is wrong in modern German. The polite form belongs with
/// people one works for or does not know well, so family and friends are familiar, a manager or a client polite, and a
/// colleague or anyone else follows the register the reply is written in (formal: polite).
/// </remarks>
public static class AddressDefault
{
    public static AddressForm For(Relationship relationship, FormalityLabel formality) => relationship switch
    {
        Relationship.Partner or Relationship.Parent or Relationship.Sibling or Relationship.Child or Relationship.Friend => AddressForm.Familiar,
        Relationship.Manager or Relationship.Client => AddressForm.Polite,
        _ => formality == FormalityLabel.Formal ? AddressForm.Polite : AddressForm.Familiar,
    };
}
