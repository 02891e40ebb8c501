using Microsoft.Extensions.Options;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Contacts.Groups;
using WhatStyle.Tools.Drafts;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.ReplyLog;
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
    IReplyLog replies,
    IOptions<DashboardOptions> options)
{
    public async Task<IReadOnlyList<InboxRow>> LoadAsync(InboxFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var pending = await places.GroupAsync(await drafts.ListAsync(DraftStatus.Pending, cancellationToken), cancellationToken);
        var takenOver = (await takeovers.ListAsync(cancellationToken)).Select(t => t.ContactId).ToHashSet(StringComparer.Ordinal);
        var wanted = filter.Contact is null ? null : (await contacts.ListAsync(filter.Contact, cancellationToken)).Select(p => p.Contact.Id).ToHashSet(StringComparer.Ordinal);

        var candidates = new List<Candidate>();
        var everyone = await contacts.ListAsync(cancellationToken: cancellationToken);
        foreach (var profile in everyone)
        {
            if (wanted is null || wanted.Contains(profile.Contact.Id))
            {
                var key = ConversationKeys.ForContact(profile.Contact.Id);
                candidates.Add(new(key, profile.Contact.DisplayName, profile.Contact.Id, IsGroup: false, [.. pending[key]], takenOver.Contains(profile.Contact.Id)));
            }
        }

        foreach (var group in await groups.ListAsync(cancellationToken))
        {
            if (wanted is null || group.Group.MemberIds.Any(wanted.Contains) || group.Group.Name.Contains(filter.Contact!, StringComparison.OrdinalIgnoreCase))
            {
                var key = ConversationKeys.ForGroup(group.Group.Id);
                candidates.Add(new(key, group.Group.Name, null, IsGroup: true, [.. pending[key]], TakenOver: false));
            }
        }

        // Drafts for someone not yet a contact (or a group not yet known) still need the owner.
        foreach (var unplaced in pending.Where(g => g.Key.StartsWith(DraftPlaces.UnknownPrefix, StringComparison.Ordinal)))
        {
            var first = unplaced.First();
            if (filter.Contact is null || first.Contact.Contains(filter.Contact, StringComparison.OrdinalIgnoreCase))
            {
                candidates.Add(new(unplaced.Key, first.Group ?? first.Contact, null, first.Group is not null, [.. unplaced], TakenOver: false));
            }
        }

        // Every conversation's newest message in one read: asking one by one cost a storage transaction each.
        var latest = await messages.LatestAsync([.. candidates.Where(c => !c.Key.StartsWith(DraftPlaces.UnknownPrefix, StringComparison.Ordinal)).Select(c => c.Key)], cancellationToken);
        var writers = await WritersAsync(latest.Values, everyone, cancellationToken);
        return [.. candidates
            .Select(c => Row(c, latest.GetValueOrDefault(c.Key), writers))
            .OfType<InboxRow>()
            .Where(filter.Keeps)
            .OrderBy(r => r.Status)
            .ThenByDescending(r => r.LastAt)
            .ThenBy(r => r.Title, StringComparer.CurrentCultureIgnoreCase)
            .Take(options.Value.InboxLimit)];
    }

    /// <summary>
    /// Which provider wrote each one-to-one chat's newest message where WhatStyle sent it: the newest reply the log says
    /// was sent as a provider's to that contact, at or before the message. One read of the log, from the oldest such message.
    /// </summary>
    private async Task<IReadOnlyDictionary<string, List<ReplyRecord>>> WritersAsync(
        IEnumerable<ConversationMessage> newest, IReadOnlyList<ContactProfile> everyone, CancellationToken cancellationToken)
    {
        var byWhatStyle = newest.Where(m => m is { Direction: MessageDirection.Outgoing, WrittenByWhatStyle: true, GroupId: null }).ToList();
        if (byWhatStyle.Count == 0)
        {
            return new Dictionary<string, List<ReplyRecord>>(StringComparer.Ordinal);
        }

        // The log names the person as the bridge saw them (a number or WhatsApp id): mapped to contacts by identity key.
        var contactOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var profile in everyone)
        {
            foreach (var id in profile.Contact.PhoneNumbers.Concat(profile.Contact.WhatsAppIds))
            {
                contactOf.TryAdd(IdentityKey(id), profile.Contact.Id);
            }
        }

        var since = byWhatStyle.Min(m => m.Timestamp) - LogSlack;
        var writers = new Dictionary<string, List<ReplyRecord>>(StringComparer.Ordinal);
        foreach (var reply in await replies.ListAsync(since, cancellationToken))
        {
            if (reply.SentBy is { } by && by != ReplyRecord.Owner && contactOf.TryGetValue(IdentityKey(reply.Contact), out var contactId))
            {
                (writers.TryGetValue(contactId, out var list) ? list : writers[contactId] = []).Add(reply);
            }
        }

        return writers;
    }

    /// <summary>A reply is logged when written, a moment before the agent files it in the conversation.</summary>
    private static readonly TimeSpan LogSlack = TimeSpan.FromMinutes(10);

    private static string IdentityKey(string id)
    {
        try
        {
            return ContactIdentity.Parse(id).Key;
        }
        catch (ArgumentException)
        {
            return "";
        }
    }

    /// <summary>The row of one conversation, or null when it has neither a message nor a draft.</summary>
    private InboxRow? Row(Candidate candidate, ConversationMessage? last, IReadOnlyDictionary<string, List<ReplyRecord>> writers)
    {
        var waiting = candidate.Drafts;
        if (last is null && waiting.Count == 0)
        {
            return null;
        }

        var reading = last is null ? null : ToneBadge.From(tone.Analyze(last.Text));
        var incomingLast = last?.Direction == MessageDirection.Incoming;
        var status = waiting.Any(d => d.Crisis is not null) || (incomingLast && reading?.Crisis is not null) ? InboxStatus.Crisis
            : incomingLast && reading?.Urgency == UrgencyLevel.High && waiting.Count == 0 && !candidate.TakenOver ? InboxStatus.Urgent
            : waiting.Count > 0 ? InboxStatus.Draft
            : candidate.TakenOver ? InboxStatus.Takeover
            : incomingLast ? InboxStatus.Unanswered
            : InboxStatus.Answered;
        var lastDraft = waiting.MaxBy(d => d.CreatedAt);
        var lastAt = new[] { last?.Timestamp, lastDraft?.CreatedAt }.Max() ?? DateTimeOffset.MinValue;
        var writer = last is { WrittenByWhatStyle: true } && candidate.ContactId is { } contactId && writers.TryGetValue(contactId, out var sent)
            ? sent.LastOrDefault(r => r.SentAt <= last.Timestamp)?.SentBy
            : null;
        return new InboxRow(candidate.Key, candidate.Title, candidate.ContactId, candidate.IsGroup, status, last, reading, AnsweredBy(last, lastDraft, writer), waiting.Count)
        {
            LastAt = lastAt,
        };
    }

    private sealed record Candidate(string Key, string Title, string? ContactId, bool IsGroup, IReadOnlyList<Draft> Drafts, bool TakenOver);

    /// <summary>Who answered last, in the owner's words.</summary>
    internal static string AnsweredBy(ConversationMessage? last, Draft? pendingDraft, string? writer = null) => (last, pendingDraft) switch
    {
        (_, { Provider: { } provider }) => provider == "offline" ? "draft by the offline responder" : $"draft by {provider}",
        (_, not null) => "draft waiting",
        ({ Direction: MessageDirection.Outgoing, WrittenByWhatStyle: true }, _) when writer is not null =>
            writer == "offline" ? "the offline responder" : $"WhatStyle ({writer})",
        ({ Direction: MessageDirection.Outgoing, WrittenByWhatStyle: true }, _) => "WhatStyle",
        ({ Direction: MessageDirection.Outgoing }, _) => "you",
        _ => "nobody yet",
    };
}
