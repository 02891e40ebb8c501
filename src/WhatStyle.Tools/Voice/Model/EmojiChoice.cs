namespace WhatStyle.Tools.Voice.Model;

/// <summary>
/// Which emoji the owner sends each contact: counts from their replies and approved drafts, minus those of rejected
/// drafts (an emoji the owner keeps turning down for someone drops out of the list). Saved beside the model's heads.
/// </summary>
internal sealed class EmojiChoice
{
    /// <summary>How many emoji a prediction names.</summary>
    public const int TopK = 3;

    /// <summary>Per contact id, the top emoji, most likely first.</summary>
    public Dictionary<string, string[]> Contacts { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Across every contact, for a contact the owner never sent an emoji to.</summary>
    public string[] Everyone { get; init; } = [];

    public IReadOnlyList<string> For(string contactId) =>
        Contacts.TryGetValue(contactId, out var own) && own.Length > 0 ? own : Everyone;

    public static EmojiChoice Learn(IEnumerable<(VoiceExample Example, VoiceLabels Labels)> examples)
    {
        var perContact = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        var everyone = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (example, labels) in examples)
        {
            var sign = example.Kind == VoiceExampleKind.Rejected ? -1 : 1;
            var counts = perContact.TryGetValue(example.ContactId, out var c) ? c : perContact[example.ContactId] = new(StringComparer.Ordinal);
            foreach (var emoji in labels.EmojiUsed)
            {
                counts[emoji] = counts.GetValueOrDefault(emoji) + (sign * VoiceTrainingRows.WeightOf(example.Kind));
                everyone[emoji] = everyone.GetValueOrDefault(emoji) + (sign * VoiceTrainingRows.WeightOf(example.Kind));
            }
        }

        return new EmojiChoice
        {
            Contacts = perContact.ToDictionary(p => p.Key, p => Top(p.Value), StringComparer.Ordinal),
            Everyone = Top(everyone),
        };
    }

    private static string[] Top(Dictionary<string, double> counts) =>
        [.. counts.Where(c => c.Value > 0).OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(TopK).Select(c => c.Key)];
}
