using Microsoft.AspNetCore.Http;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Text;

namespace WhatStyle.Dashboard.Endpoints;

/// <summary>
/// The contact settings form. It shows every setting it edits, so an empty field clears that setting (the mode back to the
/// bridge's default, emoji, language and address back to what was learned, no nickname); settings it does not show are kept.
/// </summary>
internal static class ContactForm
{
    public const string Rules = "Relationship, mode, emoji and address must be one of the listed values, the language two letters (en, de), the nickname at most 60 characters.";

    /// <returns>The settings to store (<paramref name="current"/> with the form's fields), or null when a field is invalid.</returns>
    public static ContactSettings? Parse(IFormCollection form, ContactSettings current)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(current);
        var relationship = Optional<Relationship>(form["relationship"], out var badRelationship);
        var mode = Optional<ReplyMode>(form["mode"], out var badMode);
        var emoji = Optional<EmojiPolicy>(form["emoji"], out var badEmoji);
        var address = Optional<AddressForm>(form["address"], out var badAddress);
        var nickname = Trimmed(form["nickname"]);
        var language = Trimmed(form["language"])?.ToLowerInvariant();
        if (badRelationship || badMode || badEmoji || badAddress || nickname?.Length > 60
            || (language is not null && (language.Length != 2 || !language.All(char.IsAsciiLetterLower))))
        {
            return null;
        }

        return current with { Relationship = relationship, ReplyMode = mode, Emoji = emoji, Nickname = nickname, Language = language, Address = address };
    }

    private static T? Optional<T>(string? value, out bool invalid)
        where T : struct, Enum
    {
        invalid = false;
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var parsed = EnumSpelling.ParseOrNull<T>(value);
        invalid = parsed is null;
        return parsed;
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
