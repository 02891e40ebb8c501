using WhatStyle.Tools.Contacts;

namespace WhatStyle.Agent.Tests.Support;

/// <summary>Contact profiles for the owner's people, built by hand.</summary>
internal static class TestProfiles
{
    public static ContactProfile Make(
        string name,
        Relationship relationship,
        EmojiPolicy? emoji = null,
        string? nickname = null,
        string? language = null,
        StyleFingerprint? style = null,
        IReadOnlyList<string>? aliases = null,
        IReadOnlyList<string>? numbers = null) =>
        new(
            new Contact(name.ToLowerInvariant(), name, aliases ?? [], numbers ?? [], []),
            new ContactSettings { Relationship = relationship, Emoji = emoji, Nickname = nickname, Language = language },
            style ?? StyleFingerprint.Empty);

    public static ContactProfile Partner() => Make("Maria", Relationship.Partner, EmojiPolicy.Heavy, "babe", aliases: ["Mari"], numbers: ["+491701111111"]);

    public static ContactProfile Father() => Make("Robert", Relationship.Parent, EmojiPolicy.None, "Dad", aliases: ["Dad", "Papa"], numbers: ["+491702222222"]);

    public static ContactProfile Brother() => Make("Leo", Relationship.Sibling, EmojiPolicy.Light, "bro", aliases: ["Leonardo"], numbers: ["+491703333333"]);

    public static ContactProfile Friend(string name = "Sam") => Make(name, Relationship.Friend);
}
