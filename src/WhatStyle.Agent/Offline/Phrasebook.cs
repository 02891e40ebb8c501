using System.Text.Json;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Serialization;

namespace WhatStyle.Agent.Offline;

/// <summary>One language's data for the offline responder: intent keywords and reply phrasings per intent and register.</summary>
/// <remarks>
/// Phrasings are data (prompts/offline/&lt;lang&gt;.json) so they can be reviewed and translated without touching code.
/// Placeholders: <c>{nick}</c> (", nickname" style insertion, or nothing) and <c>{hello}</c> (the register's hello,
/// or the time-of-day greeting the contact used).
/// <para>
/// A language with a T/V distinction has two respectful voices: <c>formal</c>, respectful with the familiar address
/// (tu, du: a father), and <c>polite</c>, with the polite one (vous, Sie: a client). Casual and warm phrasings are always
/// familiar, and a language without the distinction (English) has no <c>polite</c>: its <c>formal</c> serves both.
/// </para>
/// </remarks>
public sealed record Phrasebook
{
    public required string Language { get; init; }

    /// <summary>Frequent short words, used to tell the language of a message when the tone analysis cannot.</summary>
    public IReadOnlyList<string> Stopwords { get; init; } = [];

    /// <summary>Greetings tied to a time of day ("good morning"), mirrored back when the contact used one.</summary>
    public IReadOnlyList<string> TimeGreetings { get; init; } = [];

    /// <summary>The plain hello per register (keys: formal, polite, casual, warm; polite falls back to formal).</summary>
    public IReadOnlyDictionary<string, string> Hello { get; init; } = new Dictionary<string, string>();

    /// <summary>The language's familiar and polite "you"; null in a language without the distinction (English).</summary>
    public AddressWords? Address { get; init; }

    /// <summary>Words that say something did not happen ("didn't", "no", "pas"): good news under one is not congratulated.</summary>
    public IReadOnlyList<string> Negations { get; init; } = [];

    /// <summary>Keywords per intent (camelCase intent names), lower case.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Keywords { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Replies per intent, then per register (formal, polite, casual, warm).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> Replies { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>();

    /// <summary>
    /// The phrasings for an intent, register and address, falling back to the default intent, then to another register
    /// of the same address: a familiar reply never borrows a polite phrasing, nor a polite reply a familiar one.
    /// </summary>
    public IReadOnlyList<string> PhrasingsFor(OfflineIntent intent, Register register, AddressForm address = AddressForm.Familiar)
    {
        var keys = VoiceKeys(register, address);
        foreach (var key in new[] { Key(intent), Key(OfflineIntent.Default) })
        {
            if (Replies.TryGetValue(key, out var byRegister))
            {
                var list = keys.Select(k => byRegister.TryGetValue(k, out var l) ? l : []).FirstOrDefault(l => l.Count > 0);
                if (list is not null)
                {
                    return list;
                }
            }
        }

        return [];
    }

    /// <summary>The register's hello ("Hallo"; "Guten Tag" for the polite address where the language has one).</summary>
    public string HelloFor(Register register, AddressForm address = AddressForm.Familiar) =>
        VoiceKeys(register, address).Append(Key(Register.Formal)).Select(Hello.GetValueOrDefault).FirstOrDefault(h => h is not null) ?? "Hello";

    /// <summary>
    /// The reply keys to try, best first. A polite address takes the polite phrasings whatever the register (there are
    /// no casual ones with vous); a language without the distinction has none, and its formal ones serve.
    /// </summary>
    private IReadOnlyList<string> VoiceKeys(Register register, AddressForm address) =>
        address == AddressForm.Polite && Address is not null
            ? [PoliteKey]
            : [.. new[] { Key(register), Key(Register.Formal), Key(Register.Casual), Key(Register.Warm) }.Distinct(StringComparer.Ordinal)];

    /// <summary>The keywords of one intent.</summary>
    public IReadOnlyList<string> KeywordsFor(OfflineIntent intent) =>
        Keywords.TryGetValue(Key(intent), out var list) ? list : [];

    /// <summary>Reads a phrasebook file.</summary>
    /// <exception cref="InvalidDataException">The file is not a valid phrasebook.</exception>
    public static Phrasebook Load(string path)
    {
        var file = Path.GetFileName(path);
        using var stream = File.OpenRead(path);
        Phrasebook? book;
        try
        {
            book = JsonSerializer.Deserialize<Phrasebook>(stream, WhatStyleJson.Options);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"Phrasebook {file} is not a phrasebook: {ex.Message}", ex);
        }

        PhrasebookCheck.Validate(book ?? throw new InvalidDataException($"Phrasebook {file} is empty."), file);
        return book;
    }

    /// <summary>The reply key of the formal register with the polite address (vous, Sie, usted).</summary>
    internal const string PoliteKey = "polite";

    internal static string Key(OfflineIntent intent) => JsonNamingPolicy.CamelCase.ConvertName(intent.ToString());

    internal static string Key(Register register) => JsonNamingPolicy.CamelCase.ConvertName(register.ToString());
}
