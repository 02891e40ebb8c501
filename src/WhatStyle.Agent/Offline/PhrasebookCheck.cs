namespace WhatStyle.Agent.Offline;

/// <summary>What a phrasebook must hold to be loaded, each failure named so a translator can fix the file.</summary>
internal static class PhrasebookCheck
{
    private static readonly string[] VoiceKeys =
        [Phrasebook.Key(Register.Formal), Phrasebook.PoliteKey, Phrasebook.Key(Register.Casual), Phrasebook.Key(Register.Warm)];

    /// <exception cref="InvalidDataException">The phrasebook misses something, or names a register that does not exist.</exception>
    public static void Validate(Phrasebook book, string file)
    {
        if (string.IsNullOrWhiteSpace(book.Language) || book.PhrasingsFor(OfflineIntent.Default, Register.Casual).Count == 0)
        {
            throw new InvalidDataException($"Phrasebook {file} needs a language and default replies.");
        }

        foreach (var (intent, byVoice) in book.Replies)
        {
            if (byVoice.Keys.FirstOrDefault(k => !VoiceKeys.Contains(k, StringComparer.Ordinal)) is { } unknown)
            {
                throw new InvalidDataException($"Phrasebook {file}: '{intent}' has replies for '{unknown}'; the registers are {string.Join(", ", VoiceKeys)}.");
            }
        }

        if (book.Hello.Keys.FirstOrDefault(k => !VoiceKeys.Contains(k, StringComparer.Ordinal)) is { } badHello)
        {
            throw new InvalidDataException($"Phrasebook {file}: 'hello' has '{badHello}'; the registers are {string.Join(", ", VoiceKeys)}.");
        }

        CheckAddress(book, file);
    }

    /// <summary>A language with polite phrasings has them for every intent, beside the familiar formal ones, and names both forms.</summary>
    private static void CheckAddress(Phrasebook book, string file)
    {
        var polite = book.Replies.Where(r => Has(r.Value, Phrasebook.PoliteKey)).Select(r => r.Key).ToList();
        if (book.Address is null)
        {
            if (polite.Count > 0)
            {
                throw new InvalidDataException(
                    $"Phrasebook {file} has polite replies ('{polite[0]}') but no \"address\" naming its familiar and polite forms (as fr.json does: tu, vous).");
            }

            return;
        }

        foreach (var (intent, byVoice) in book.Replies)
        {
            if (!Has(byVoice, Phrasebook.Key(Register.Formal)) || !Has(byVoice, Phrasebook.PoliteKey))
            {
                throw new InvalidDataException(
                    $"Phrasebook {file}: '{intent}' needs both formal and polite replies; a language with a polite address (vous, Sie) answers every intent in both.");
            }
        }
    }

    private static bool Has(IReadOnlyDictionary<string, IReadOnlyList<string>> byVoice, string key) =>
        byVoice.TryGetValue(key, out var list) && list.Count > 0;
}
