using System.Globalization;
using WhatStyle.Tools.Contacts;

namespace WhatStyle.Cli.Commands;

/// <summary>Plain-text rendering of contacts for people (scripts use --json).</summary>
internal static class ContactsText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static async Task WriteListAsync(TextWriter output, IReadOnlyList<ContactProfile> profiles)
    {
        if (profiles.Count == 0)
        {
            await output.WriteLineAsync("No contacts yet. Import a chat with 'whatstyle import FILE --me NAME'.");
            return;
        }

        var width = Math.Max(4, profiles.Max(p => p.Contact.DisplayName.Length));
        await output.WriteLineAsync($"{"Name".PadRight(width)}  {"Relationship",-12}  {"Emoji",-5}  {"Style from",10}  Numbers");
        foreach (var profile in profiles)
        {
            var messages = string.Create(Invariant, $"{profile.Style.MessageCount} msgs");
            await output.WriteLineAsync($"{profile.Contact.DisplayName.PadRight(width)}  {Lower(profile.Relationship),-12}  {Lower(profile.EmojiPolicy),-5}  {messages,10}  {string.Join(", ", profile.Contact.PhoneNumbers)}");
        }
    }

    public static async Task WriteProfileAsync(TextWriter output, ContactProfile profile)
    {
        var contact = profile.Contact;
        await output.WriteLineAsync($"{contact.DisplayName}  ({contact.Id})");
        await WriteIfAny(output, "Aliases", contact.Aliases);
        await WriteIfAny(output, "Numbers", contact.PhoneNumbers);
        await WriteIfAny(output, "WhatsApp ids", contact.WhatsAppIds);
        await WriteSettingsAsync(output, profile);

        var style = profile.Style;
        if (style.MessageCount == 0)
        {
            await output.WriteLineAsync("Style fingerprint: nothing learned yet (import a chat or let WhatStyle see your replies).");
            return;
        }

        await output.WriteLineAsync(string.Create(Invariant, $"Style fingerprint (learned from {style.MessageCount} of your messages to them, latest {style.UpdatedAt:yyyy-MM-dd}; recent ones weigh more):"));
        await output.WriteLineAsync(string.Create(Invariant, $"  Emoji per message:   {style.EmojiRate:0.00}{(style.TopEmoji.Count > 0 ? "  top " + string.Join(" ", style.TopEmoji) : "")}"));
        await output.WriteLineAsync(string.Create(Invariant, $"  Length (chars):      mean {style.MeanLength:0.#}, median {style.MedianLength:0.#}, 90% under {style.P90Length:0.#}"));
        await output.WriteLineAsync(string.Create(Invariant, $"  Capitalised start:   {Percent(style.CapitalizedRate)}"));
        await output.WriteLineAsync(string.Create(Invariant, $"  Ends with . ! ? …:   {Percent(style.PeriodRate)} {Percent(style.ExclamationRate)} {Percent(style.QuestionRate)} {Percent(style.EllipsisRate)}"));
        await output.WriteLineAsync(string.Create(Invariant, $"  Formality:           {style.Formality:0.00} ({Lower(style.FormalityLabel)})"));
        await WriteIfAny(output, "  Openers", style.Openers, pad: 22);
        await WriteIfAny(output, "  Closers", style.Closers, pad: 22);
        await WriteIfAny(output, "  Languages", [.. style.Languages.Select(l => string.Create(Invariant, $"{l.Key} {Percent(l.Value)}"))], pad: 22);
        await WriteIfAny(output, "  Address", [.. style.Address.Select(a => string.Create(Invariant, $"{a.Key} {Learned(a.Value.Form)} (familiar {a.Value.Familiar:0.#}, polite {a.Value.Polite:0.#})"))], pad: 22);
        if (style.TypicalResponseDelay is { } delay)
        {
            await output.WriteLineAsync($"  Typical reply delay: {Duration(delay)}");
        }
    }

    public static async Task WriteSettingsAsync(TextWriter output, ContactProfile profile)
    {
        var s = profile.Settings;
        await output.WriteLineAsync($"Your settings (they win over learned style): relationship {Set(s.Relationship)}, tone {Set(s.Tone)}, language {Set(s.Language)}, address {Set(s.Address)}, emoji {Set(s.Emoji)}, nickname {Set(s.Nickname)}, greeting {Set(s.Greeting)}, sign-off {Set(s.SignOff)}, bridge mode {Set(s.ReplyMode)}");
        await output.WriteLineAsync($"Effective: relationship {Lower(profile.Relationship)}, emoji {Lower(profile.EmojiPolicy)}, language {profile.Language}, address {Lower(profile.Address)}, formality {Lower(profile.Formality)}");
    }

    private static async Task WriteIfAny(TextWriter output, string label, IReadOnlyList<string> values, int pad = 0)
    {
        if (values.Count > 0)
        {
            await output.WriteLineAsync($"{(label + ":").PadRight(pad)} {string.Join(", ", values)}");
        }
    }

    private static string Set<T>(T? value) => value switch
    {
        null => "-",
        Enum e => Lower(e),
        _ => value.ToString() ?? "-",
    };

    private static string Percent(double share) => string.Create(Invariant, $"{share * 100:0}%");

    private static string Lower(Enum value) => value.ToString().ToLowerInvariant();

    /// <summary>A learned address, or "undecided" when the owner's messages say too little.</summary>
    private static string Learned(AddressForm? form) => form is { } f ? Lower(f) : "undecided";

    private static string Duration(TimeSpan delay) => delay.TotalHours >= 1
        ? string.Create(Invariant, $"{delay.TotalHours:0.#} h")
        : delay.TotalMinutes >= 1 ? string.Create(Invariant, $"{delay.TotalMinutes:0} min") : string.Create(Invariant, $"{delay.TotalSeconds:0} s");
}
