using System.Text.Json;
using WhatStyle.Tools.Serialization;

namespace WhatStyle.Agent.Offline;

/// <summary>One language's data for the offline responder: intent keywords and reply phrasings per intent and register.</summary>
/// <remarks>
/// Phrasings are data (prompts/offline/&lt;lang&gt;.json) so they can be reviewed and translated without touching code.
/// Placeholders: <c>{nick}</c> (", nickname" style insertion, or nothing) and <c>{hello}</c> (the register's hello,
/// or the time-of-day greeting the contact used).
/// </remarks>
public sealed record Phrasebook
{
    public required string Language { get; init; }

    /// <summary>Frequent short words, used to tell the language of a message when the tone analysis cannot.</summary>
    public IReadOnlyList<string> Stopwords { get; init; } = [];

    /// <summary>Greetings tied to a time of day ("good morning"), mirrored back when the contact used one.</summary>
    public IReadOnlyList<string> TimeGreetings { get; init; } = [];

    /// <summary>The plain hello per register (keys: formal, casual, warm).</summary>
    public IReadOnlyDictionary<string, string> Hello { get; init; } = new Dictionary<string, string>();

    /// <summary>Words that say something did not happen ("didn't", "no", "pas"): good news under one is not congratulated.</summary>
    public IReadOnlyList<string> Negations { get; init; } = [];

    /// <summary>Keywords per intent (camelCase intent names), lower case.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Keywords { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Replies per intent, then per register.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> Replies { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>();

    /// <summary>The phrasings for an intent and register, falling back to the default intent, then to any register.</summary>
    public IReadOnlyList<string> PhrasingsFor(OfflineIntent intent, Register register)
    {
        foreach (var key in new[] { Key(intent), Key(OfflineIntent.Default) })
        {
            if (Replies.TryGetValue(key, out var byRegister))
            {
                if (byRegister.TryGetValue(Key(register), out var list) && list.Count > 0)
                {
                    return list;
                }

                var any = byRegister.Values.FirstOrDefault(l => l.Count > 0);
                if (any is not null)
                {
                    return any;
                }
            }
        }

        return [];
    }

    /// <summary>The keywords of one intent.</summary>
    public IReadOnlyList<string> KeywordsFor(OfflineIntent intent) =>
        Keywords.TryGetValue(Key(intent), out var list) ? list : [];

    /// <summary>Reads a phrasebook file.</summary>
    /// <exception cref="InvalidDataException">The file is not a valid phrasebook.</exception>
    public static Phrasebook Load(string path)
    {
        using var stream = File.OpenRead(path);
        var book = JsonSerializer.Deserialize<Phrasebook>(stream, WhatStyleJson.Options)
            ?? throw new InvalidDataException($"Phrasebook {Path.GetFileName(path)} is empty.");
        if (string.IsNullOrWhiteSpace(book.Language) || book.PhrasingsFor(OfflineIntent.Default, Register.Casual).Count == 0)
        {
            throw new InvalidDataException($"Phrasebook {Path.GetFileName(path)} needs a language and default replies.");
        }

        return book;
    }

    internal static string Key(OfflineIntent intent) => JsonNamingPolicy.CamelCase.ConvertName(intent.ToString());

    internal static string Key(Register register) => JsonNamingPolicy.CamelCase.ConvertName(register.ToString());
}
