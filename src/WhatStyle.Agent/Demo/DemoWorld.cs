using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Memory;

namespace WhatStyle.Agent.Demo;

/// <summary>
/// The owner's people from the design's scenarios, with a little shared history, seeded into a (temporary) data
/// directory through the domain services, the way an imported chat would be. Used by <c>whatstyle demo</c> and the scenario tests.
/// </summary>
internal static class DemoWorld
{
    public const string Partner = "Maria";
    public const string Father = "Robert";
    public const string Brother = "Leo";
    public const string Friend = "Sam";
    public const string Group = "Family";

    private static readonly DateTimeOffset HistoryStart = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    public static async Task SeedAsync(IContactDirectory contacts, IConversationMemory memory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        ArgumentNullException.ThrowIfNull(memory);

        var maria = await CreateAsync(contacts, Partner, ["Mari"], new ContactSettings
        {
            Relationship = Relationship.Partner, Emoji = EmojiPolicy.Heavy, Nickname = "babe", Tone = "playful, affectionate",
        }, cancellationToken);
        var robert = await CreateAsync(contacts, Father, ["Dad", "Papa"], new ContactSettings
        {
            Relationship = Relationship.Parent, Emoji = EmojiPolicy.None, Nickname = "Dad", Tone = "respectful",
        }, cancellationToken);
        var leo = await CreateAsync(contacts, Brother, ["Leonardo"], new ContactSettings
        {
            Relationship = Relationship.Sibling, Emoji = EmojiPolicy.Light, Nickname = "bro",
        }, cancellationToken);
        await CreateAsync(contacts, Friend, [], new ContactSettings { Relationship = Relationship.Friend }, cancellationToken);

        await HistoryAsync(memory, maria.Contact.Id, 0, cancellationToken,
            ("hey babe what are you doing?", "Hey love! Just finished work 😊 Missing you 💕"),
            ("dinner tonight? 🍝", "Yes please!! 😍 8pm at ours?"),
            ("good night ❤️", "Night babe 😘 sweet dreams 💕"));
        await HistoryAsync(memory, robert.Contact.Id, 10, cancellationToken,
            ("Good evening. Did you manage to call your grandmother?", "Good evening Dad. Yes, I called her yesterday. She is doing well."),
            ("Please remember to renew your passport.", "Thank you for the reminder, Dad. I will do it this week."));
        await HistoryAsync(memory, leo.Contact.Id, 20, cancellationToken,
            ("yo did u see the game last night", "yeah man what a finish 😂"),
            ("can u lend me ur charger tmrw", "sure bro, grab it whenever"));
    }

    private static async Task<ContactProfile> CreateAsync(IContactDirectory contacts, string name, IReadOnlyList<string> aliases, ContactSettings settings, CancellationToken cancellationToken)
    {
        var profile = await contacts.GetOrCreateAsync(name, cancellationToken);
        foreach (var alias in aliases)
        {
            profile = await contacts.AddIdentityAsync(profile.Contact.Id, alias, cancellationToken);
        }

        return await contacts.UpdateSettingsAsync(profile.Contact.Id, settings, cancellationToken);
    }

    private static async Task HistoryAsync(IConversationMemory memory, string contactId, int dayOffset, CancellationToken cancellationToken, params (string Incoming, string Reply)[] exchanges)
    {
        var when = HistoryStart.AddDays(dayOffset);
        var index = 0;
        foreach (var (incoming, reply) in exchanges)
        {
            when = when.AddHours(5);
            await memory.RecordAsync(new ConversationMessage($"seed-{contactId}-{index++}", contactId, null, MessageDirection.Incoming, incoming, when), cancellationToken);
            await memory.RecordAsync(new ConversationMessage($"seed-{contactId}-{index++}", contactId, null, MessageDirection.Outgoing, reply, when.AddMinutes(3)), cancellationToken);
        }
    }
}
