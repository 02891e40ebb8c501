using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Contacts.Style;

namespace WhatStyle.Agent.Replies.PostProcessing;

/// <summary>
/// Whether a reply says "you" the way the owner does with whoever it answers: read the same way for a model's draft and
/// for the owner's own earlier reply the offline responder would reuse.
/// </summary>
internal static class AddressFit
{
    /// <summary>
    /// The form <paramref name="text"/> says "you" in against <paramref name="address"/>, read as <paramref name="language"/>;
    /// null when it fits, or says nothing either way (and always in a language with one "you").
    /// </summary>
    /// <remarks>
    /// In a group only tu where vous is due counts: vous is also the familiar plural ("vous venez à quelle heure ?"), which
    /// a familiar group may well hear. One-to-one a text with both forms is familiar (<see cref="AddressMarks.Form"/>).
    /// </remarks>
    public static AddressForm? Against(string text, string language, AddressForm address, bool group)
    {
        var marks = AddressMarkers.Find(text, language);
        if (group)
        {
            return address == AddressForm.Polite && marks.Familiar ? AddressForm.Familiar : null;
        }

        return marks.Form is { } form && form != address ? form : null;
    }
}
