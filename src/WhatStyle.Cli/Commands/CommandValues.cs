using WhatStyle.Tools.Contacts;

namespace WhatStyle.Cli.Commands;

/// <summary>Accepted spellings of enum values on the command line, shared by the contacts and import commands.</summary>
internal static class CommandValues
{
    public static readonly string[] Relationships = [.. Enum.GetNames<Relationship>().Select(n => n.ToLowerInvariant())];

    public static readonly string[] EmojiPolicies = [.. Enum.GetNames<EmojiPolicy>().Select(n => n.ToLowerInvariant())];

    public static readonly string[] ReplyModes = [.. Enum.GetNames<ReplyMode>().Select(n => n.ToLowerInvariant())];

    public static ReplyMode? ParseReplyMode(string? value) =>
        value is null ? null : Enum.Parse<ReplyMode>(value, ignoreCase: true);

    public static Relationship? ParseRelationship(string? value) =>
        value is null ? null : Enum.Parse<Relationship>(value, ignoreCase: true);

    public static EmojiPolicy? ParseEmoji(string? value) =>
        value is null ? null : Enum.Parse<EmojiPolicy>(value, ignoreCase: true);
}
