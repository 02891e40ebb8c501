using Microsoft.Extensions.Options;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Contacts.Groups;
using WhatStyle.Tools.Drafts;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.Takeovers;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Dashboard.Data;

/// <summary>
/// The inbox: every conversation with a message or a draft, the ones that need the owner first (<see cref="InboxStatus"/>),
/// newest first within a status. One index lookup per conversation for its last message, and a lexical tone reading of
/// that message only (microseconds), so the page stays fast over many conversations (bench/: InboxBenchmarks).
/// </summary>
internal sealed class InboxQuery(
    IContactDirectory contacts,
    IGroupDirectory groups,
    IMessageRepository messages,
    IToneAnalyzer tone,
    IDraftStore drafts,
    ITakeovers takeovers,
    DraftPlaces places,
    IOptions<DashboardOptions> options)
{
    public async Task<IReadOnlyList<InboxRow>> LoadAsync(InboxFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var pending = await places.GroupAsync(await drafts.ListAsync(DraftStatus.Pending, cancellationToken), cancellationToken);
        var takenOver = (await takeovers.ListAsync(cancellationToken)).Select(t => t.ContactId).ToHashSet(StringComparer.Ordinal);
        var wanted = filter.Contact is null ? null : (await contacts.ListAsync(filter.Contact, cancellationToken)).Select(p => p.Contact.Id).ToHashSet(StringComparer.Ordinal);

        var rows = new List<InboxRow>();
        foreach (var profile in await contacts.ListAsync(cancellationToken: cancellationToken))
        {
            if (wanted is null || wanted.Contains(profile.Contact.Id))
            {
                var key = ConversationKeys.ForContact(profile.Contact.Id);
                await AddRowAsync(rows, key, profile.Contact.DisplayName, profile.Contact.Id, isGroup: false, pending[key], takenOver.Contains(profile.Contact.Id), cancellationToken);
            }
        }

        foreach (var group in await groups.ListAsync(cancellationToken))
        {
            if (wanted is null || group.Group.MemberIds.Any(wanted.Contains) || group.Group.Name.Contains(filter.Contact!, StringComparison.OrdinalIgnoreCase))
            {
                var key = ConversationKeys.ForGroup(group.Group.Id);
                await AddRowAsync(rows, key, group.Group.Name, null, isGroup: true, pending[key], takenOver: false, cancellationToken);
            }
        }

        // Drafts for someone not yet a contact (or a group not yet known) still need the owner.
        foreach (var unplaced in pending.Where(g => g.Key.StartsWith(DraftPlaces.UnknownPrefix, StringComparison.Ordinal)))
        {
            var first = unplaced.First();
            if (filter.Contact is null || first.Contact.Contains(filter.Contact, StringComparison.OrdinalIgnoreCase))
            {
                await AddRowAsync(rows, unplaced.Key, first.Group ?? first.Contact, null, first.Group is not null, unplaced, takenOver: false, cancellationToken);
            }
        }

        return [.. rows
            .Where(filter.Keeps)
            .OrderBy(r => r.Status)
            .ThenByDescending(r => r.LastAt)
            .ThenBy(r => r.Title, StringComparer.CurrentCultureIgnoreCase)
            .Take(options.Value.InboxLimit)];
    }

    private async Task AddRowAsync(
        List<InboxRow> rows, string key, string title, string? contactId, bool isGroup, IEnumerable<Draft> drafted, bool takenOver, CancellationToken cancellationToken)
    {
        var last = key.StartsWith(DraftPlaces.UnknownPrefix, StringComparison.Ordinal)
            ? null
            : await messages.RecentAsync(key, 1, cancellationToken: cancellationToken) is [var only] ? only : null;
        var waiting = drafted as IReadOnlyCollection<Draft> ?? [.. drafted];
        if (last is null && waiting.Count == 0)
        {
            return;
        }

        var reading = last is null ? null : ToneBadge.From(tone.Analyze(last.Text));
        var crisis = waiting.Any(d => d.Crisis is not null) || (last?.Direction == MessageDirection.Incoming && reading?.Crisis is not null);
        var status = crisis ? InboxStatus.Crisis
            : last?.Direction == MessageDirection.Incoming && reading?.Urgency == UrgencyLevel.High && waiting.Count == 0 && !takenOver ? InboxStatus.Urgent
            : waiting.Count > 0 ? InboxStatus.Draft
            : takenOver ? InboxStatus.Takeover
            : last?.Direction == MessageDirection.Incoming ? InboxStatus.Unanswered
            : InboxStatus.Answered;
        var lastDraft = waiting.MaxBy(d => d.CreatedAt);
        var lastAt = new[] { last?.Timestamp, lastDraft?.CreatedAt }.Max() ?? DateTimeOffset.MinValue;
        rows.Add(new InboxRow(key, title, contactId, isGroup, status, last, reading, AnsweredBy(last, lastDraft), waiting.Count) { LastAt = lastAt });
    }

    /// <summary>Who answered last, in the owner's words.</summary>
    internal static string AnsweredBy(ConversationMessage? last, Draft? pendingDraft) => (last, pendingDraft) switch
    {
        (_, { Provider: { } provider }) => provider == "offline" ? "draft by the offline responder" : $"draft by {provider}",
        (_, not null) => "draft waiting",
        ({ Direction: MessageDirection.Outgoing, WrittenByWhatStyle: true }, _) => "WhatStyle",
        ({ Direction: MessageDirection.Outgoing }, _) => "you",
        _ => "nobody yet",
    };
}
