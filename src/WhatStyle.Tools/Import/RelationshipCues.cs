using System.Globalization;
using System.Text;
using WhatStyle.Tools.Contacts;

namespace WhatStyle.Tools.Import;

/// <summary>
/// Suggests the owner's relationship to the other person of a one-to-one export from what the chat itself shows:
/// how the contact is named ("Dad", "Mamá", "Maman ❤️"), and what the owner calls them ("love you babe", "thanks
/// bro"). A suggestion only: it is shown, and the owner changes it with `whatstyle contacts set`.
/// </summary>
internal static class RelationshipCues
{
    /// <summary>How often the owner must use a pet name or "bro"/"sis" before it counts (once can be a joke).</summary>
    private const int MinimumUses = 2;

    private static readonly (Relationship Relationship, string[] Words)[] NameWords =
    [
        (Relationship.Parent, ["dad", "daddy", "father", "papa", "papá", "papai", "pai", "padre", "vater", "papi", "mum", "mom", "mommy", "mummy",
            "mother", "mama", "mamá", "mamãe", "mãe", "madre", "mutter", "mutti", "maman", "père", "mère", "mami", "mamma"]),
        (Relationship.Sibling, ["bro", "brother", "sis", "sister", "hermano", "hermana", "frère", "frerot", "soeur", "sœur", "bruder", "schwester",
            "irmão", "irmã", "fratello", "sorella"]),
        (Relationship.Partner, ["babe", "baby", "bae", "love", "my love", "amor", "mi amor", "meu amor", "chéri", "chérie", "mon amour", "schatz",
            "hubby", "wifey", "husband", "wife", "honey", "sweetheart", "darling", "amore", "❤️", "❤", "💕", "😍"]),
    ];

    private static readonly (Relationship Relationship, string[] Words)[] AddressWords =
    [
        (Relationship.Partner, ["babe", "bae", "baby", "honey", "sweetheart", "darling", "amor", "chéri", "chérie", "mon amour", "schatz", "amore", "my love"]),
        (Relationship.Parent, ["dad", "mum", "mom", "papá", "mamá", "papa", "maman", "mama", "mãe", "pai", "vati", "mutti"]),
        (Relationship.Sibling, ["bro", "sis", "brother", "sister"]),
    ];

    /// <summary>The suggested relationship and the cue behind it, or null when the chat shows none.</summary>
    /// <param name="contactName">The other person's name as the export shows it.</param>
    /// <param name="ownerMessages">What the owner wrote in the chat.</param>
    public static (Relationship Relationship, string Cue)? Suggest(string contactName, IEnumerable<string> ownerMessages)
    {
        ArgumentNullException.ThrowIfNull(contactName);
        ArgumentNullException.ThrowIfNull(ownerMessages);
        var name = Normalize(contactName);
        foreach (var (relationship, words) in NameWords)
        {
            if (words.FirstOrDefault(w => ContainsWord(name, w)) is { } word)
            {
                return (relationship, $"the contact's name \"{contactName}\"");
            }
        }

        var counts = new Dictionary<(Relationship, string), int>();
        foreach (var message in ownerMessages)
        {
            var text = Normalize(message);
            foreach (var (relationship, words) in AddressWords)
            {
                foreach (var word in words.Where(w => ContainsWord(text, w)))
                {
                    counts[(relationship, word)] = counts.GetValueOrDefault((relationship, word)) + 1;
                }
            }
        }

        var best = counts.Where(c => c.Value >= MinimumUses).OrderByDescending(c => c.Value).FirstOrDefault();
        return best.Value == 0
            ? null
            : (best.Key.Item1, string.Create(CultureInfo.InvariantCulture, $"you call them \"{best.Key.Item2}\" ({best.Value} times)"));
    }

    private static string Normalize(string text) => " " + text.ToLower(CultureInfo.InvariantCulture).Normalize(NormalizationForm.FormC) + " ";

    /// <summary>A whole word or phrase: "love" in "love you", not in "lovely"; "pai" not in "paid".</summary>
    private static bool ContainsWord(string text, string word)
    {
        var start = 0;
        while ((start = text.IndexOf(word, start, StringComparison.Ordinal)) >= 0)
        {
            var before = text[start - 1];
            var end = start + word.Length;
            var after = end < text.Length ? text[end] : ' ';
            if (!char.IsLetterOrDigit(before) && !char.IsLetterOrDigit(after))
            {
                return true;
            }

            start++;
        }

        return false;
    }
}
