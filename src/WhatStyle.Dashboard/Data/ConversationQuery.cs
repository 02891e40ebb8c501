using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Contacts.Groups;
using WhatStyle.Tools.Drafts;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.Stickers;
using WhatStyle.Tools.Takeovers;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Dashboard.Data;

/// <summary>One conversation: its latest messages with their tone, stickers sent, drafts and takeover state.</summary>
internal sealed class ConversationQuery(
    IContactDirectory contacts,
    IGroupDirectory groups,
    IMessageRepository messages,
    IToneAnalyzer tone,
    IDraftStore drafts,
    ITakeovers takeovers,
    IStickerHistory stickers,
    DraftPlaces places)
{
    /// <summary>How many of the newest messages the timeline shows.</summary>
    public const int TimelineLength = 200;

    /// <returns>The conversation, or null when the key names none.</returns>
    public async Task<ConversationView?> LoadAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        // Listed once: the conversation of a sender not yet a contact is known only from its drafts.
        var all = await drafts.ListAsync(cancellationToken: cancellationToken);
        var (title, contact, isGroup) = await IdentifyAsync(key, all, cancellationToken);
        if (title is null)
        {
            return null;
        }

        var mine = new List<Draft>();
        foreach (var draft in all.Where(d => d.Status is DraftStatus.Pending or DraftStatus.Rejected))
        {
            if (await places.KeyOfAsync(draft, cancellationToken) == key)
            {
                mine.Add(draft);
            }
        }

        var timeline = key.StartsWith(DraftPlaces.UnknownPrefix, StringComparison.Ordinal)
            ? []
            : await TimelineAsync(key, contact, isGroup, cancellationToken);
        return new ConversationView(
            key, title, contact?.Contact.Id, isGroup, contact?.Settings.ReplyMode,
            contact is null ? null : await takeovers.FindAsync(contact.Contact.Id, cancellationToken),
            timeline,
            [.. mine.Where(d => d.Status == DraftStatus.Pending)],
            [.. mine.Where(d => d.Status == DraftStatus.Rejected).OrderByDescending(d => d.UpdatedAt ?? d.CreatedAt)]);
    }

    private async Task<(string? Title, ContactProfile? Contact, bool IsGroup)> IdentifyAsync(string key, IReadOnlyList<Draft> all, CancellationToken cancellationToken)
    {
        if (key.StartsWith(DraftPlaces.UnknownPrefix, StringComparison.Ordinal))
        {
            var chat = key[DraftPlaces.UnknownPrefix.Length..];
            var any = all.FirstOrDefault(d => d.Chat == chat);
            return (any is null ? null : any.Group ?? any.Contact, null, any?.Group is not null);
        }

        if (ConversationKeys.TryGroupId(key, out var groupId))
        {
            return await groups.FindAsync(groupId, cancellationToken) is { } group ? (group.Group.Name, null, true) : (null, null, true);
        }

        if (ConversationKeys.TryContactId(key, out var contactId))
        {
            return await contacts.FindAsync(contactId, cancellationToken) is { } profile ? (profile.Contact.DisplayName, profile, false) : (null, null, false);
        }

        return (null, null, false);
    }

    private async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(string key, ContactProfile? contact, bool isGroup, CancellationToken cancellationToken)
    {
        var recent = await messages.RecentAsync(key, TimelineLength, cancellationToken: cancellationToken);
        var names = isGroup
            ? (await contacts.ListAsync(cancellationToken: cancellationToken)).ToDictionary(p => p.Contact.Id, p => p.Contact.DisplayName, StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
        var entries = recent.Select(m => new TimelineEntry(
            m.Timestamp,
            m.Direction,
            m.Text,
            m.Direction == MessageDirection.Incoming ? ToneBadge.From(tone.Analyze(m.Text)) : null,
            m.Direction == MessageDirection.Outgoing ? (m.WrittenByWhatStyle ? "WhatStyle" : "you")
                : names.GetValueOrDefault(m.ContactId) ?? contact?.Contact.DisplayName ?? m.ContactId)).ToList();

        if (contact is not null && recent.Count > 0)
        {
            // Stickers are kept in their own history; those sent within the timeline's span join it.
            var since = recent[0].Timestamp;
            foreach (var use in await stickers.RecentAsync(contact.Contact.Id, 50, cancellationToken))
            {
                if (use.SentAt >= since)
                {
                    entries.Add(new TimelineEntry(use.SentAt, MessageDirection.Outgoing, "", null, "sticker", use.StickerId));
                }
            }
        }

        return [.. entries.OrderBy(e => e.At)];
    }
}
