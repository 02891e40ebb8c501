using System.Globalization;
using System.Text.RegularExpressions;
using WhatStyle.Tools.Contacts;

namespace WhatStyle.Agent.Offline;

/// <summary>Fills a phrasing's placeholders: <c>{hello}</c> and <c>{nick}</c>.</summary>
internal static partial class PhraseFiller
{
    public static string Fill(string phrasing, Phrasebook book, Register register, string? nickname, string incomingText, AddressForm address = AddressForm.Familiar)
    {
        var hello = MirroredGreeting(book, incomingText) ?? book.HelloFor(register, address);
        var nick = string.IsNullOrWhiteSpace(nickname) ? null : nickname.Trim();

        // Right after a hello the name reads "Good morning Dad"; elsewhere it is set off: "Anytime, babe!", and inside a
        // sentence on both sides: "Let me check, Dad, and I will get back to you."
        var text = phrasing.Replace("{hello}{nick}", nick is null ? "{hello}" : "{hello} " + nick, StringComparison.Ordinal);
        text = NickInsideSentence().Replace(text, nick is null ? string.Empty : ", " + nick + ",");
        text = text
            .Replace("{nick}", nick is null ? string.Empty : ", " + nick, StringComparison.Ordinal)
            .Replace("{hello}", hello, StringComparison.Ordinal);
        return Capitalize(text.Trim());
    }

    /// <summary>The contact's own time-of-day greeting ("Good morning"), so the reply answers in kind.</summary>
    private static string? MirroredGreeting(Phrasebook book, string incomingText)
    {
        var normalized = TextMatch.Normalize(incomingText);
        var greeting = book.TimeGreetings
            .OrderByDescending(g => g.Length)
            .FirstOrDefault(g => TextMatch.ContainsWord(normalized, TextMatch.Normalize(g)));
        return greeting is null ? null : Capitalize(greeting);
    }

    private static string Capitalize(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];

    [GeneratedRegex(@"\{nick\}(?= \p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex NickInsideSentence();
}
