using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Contacts.Groups;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Tools.Memory;

/// <summary>
/// Builds a conversation's context (recent messages, rolling summary, tone trend, senders) from storage; the caller
/// caches it. One build covers a whole window and is cut to any smaller limit with <see cref="Latest"/>.
/// </summary>
internal sealed class ConversationContextBuilder(
    IMessageRepository messages,
    IContactRepository contacts,
    IGroupRepository groups,
    IToneHistory toneHistory,
    MemoryOptions options,
    IToneAnalyzer? toneAnalyzer)
{
    /// <summary>The whole window's context: every message of the window is in <see cref="ConversationContext.Recent"/>.</summary>
    public async Task<ConversationContext> BuildAsync(string contactId, string conversation, int window, CancellationToken cancellationToken)
    {
        var messagesInWindow = await messages.RecentAsync(conversation, window, cancellationToken: cancellationToken);
        var total = await messages.CountAsync(conversation, cancellationToken);
        var name = await NameOfAsync(contactId, cancellationToken);
        var summaryWindow = messagesInWindow.Skip(Math.Max(0, messagesInWindow.Count - options.SummaryWindow)).ToList();
        var trend = await ToneTrendAsync(IsGroup(contactId) ? messagesInWindow : await WithTheirGroupMessagesAsync(contactId, messagesInWindow, cancellationToken), cancellationToken);
        var senders = IsGroup(contactId) ? await SenderNamesAsync(messagesInWindow, cancellationToken) : null;
        return new ConversationContext(contactId, messagesInWindow, RollingSummary.Build(name, summaryWindow, total), trend, senders);
    }

    /// <summary>A window's context cut to its newest <paramref name="limit"/> messages, naming only the senders still in it.</summary>
    public static ConversationContext Latest(ConversationContext full, int limit)
    {
        if (full.Recent.Count <= limit)
        {
            return full;
        }

        var recent = full.Recent.Skip(full.Recent.Count - limit).ToList();
        var senders = full.Senders is null ? null : recent
            .Where(m => m.Direction == MessageDirection.Incoming && full.Senders.ContainsKey(m.ContactId))
            .Select(m => m.ContactId)
            .Distinct(StringComparer.Ordinal)
            .ToDictionary(id => id, id => full.Senders[id], StringComparer.Ordinal);
        return full with { Recent = recent, Senders = senders };
    }

    /// <summary>
    /// A person's mood shows in every chat they write in: their own messages in the groups they belong to count toward
    /// their tone trend, although those messages stay in the groups' histories, not in the one-to-one chat.
    /// </summary>
    private async Task<IReadOnlyList<ConversationMessage>> WithTheirGroupMessagesAsync(string contactId, IReadOnlyList<ConversationMessage> window, CancellationToken cancellationToken)
    {
        var theirs = new List<ConversationMessage>(window);
        // Only the groups they belong to, found through the member index: a one-to-one context never scans every group.
        foreach (var group in await groups.ListByMemberAsync(contactId, cancellationToken))
        {
            var recent = await messages.RecentAsync(ConversationKeys.ForGroup(group.Group.Id), options.SummaryWindow, cancellationToken: cancellationToken);
            theirs.AddRange(recent.Where(m => m.Direction == MessageDirection.Incoming && m.ContactId == contactId));
        }

        return theirs.Count == window.Count ? window : [.. theirs.OrderBy(m => m.Timestamp)];
    }

    private static bool IsGroup(string contactOrGroupId) => contactOrGroupId.StartsWith(ConversationKeys.GroupIdPrefix, StringComparison.Ordinal);

    /// <summary>Who wrote each incoming message of a group window (the owner's own messages are filed under the group id).</summary>
    private async Task<Dictionary<string, string>> SenderNamesAsync(IReadOnlyList<ConversationMessage> recent, CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var senderId in recent.Where(m => m.Direction == MessageDirection.Incoming).Select(m => m.ContactId).Distinct(StringComparer.Ordinal))
        {
            names[senderId] = (await contacts.GetAsync(senderId, cancellationToken))?.Contact.DisplayName ?? senderId;
        }

        return names;
    }

    private async Task<string> NameOfAsync(string contactOrGroupId, CancellationToken cancellationToken)
    {
        if (IsGroup(contactOrGroupId))
        {
            return (await groups.GetAsync(contactOrGroupId, cancellationToken))?.Group.Name ?? "the group";
        }

        return (await contacts.GetAsync(contactOrGroupId, cancellationToken))?.Contact.DisplayName ?? "them";
    }

    private async Task<ToneTrend> ToneTrendAsync(IReadOnlyList<ConversationMessage> window, CancellationToken cancellationToken)
    {
        var incoming = window
            .Where(m => m.Direction == MessageDirection.Incoming && !MessagePlaceholders.IsPlaceholder(m.Text) && !string.IsNullOrWhiteSpace(m.Text))
            .TakeLast(options.ToneTrendMessages)
            .ToList();
        if (incoming.Count == 0)
        {
            return ToneTrend.None;
        }

        // Readings are made lazily and kept: an import of 100,000 messages does not wait for the analyser.
        var known = await toneHistory.GetAsync([.. incoming.Select(m => m.Id)], cancellationToken);
        var missing = incoming.Where(m => !known.ContainsKey(m.Id)).ToList();
        var readings = known.ToDictionary(StringComparer.Ordinal);
        if (missing.Count > 0 && toneAnalyzer is not null)
        {
            var analyses = toneAnalyzer.AnalyzeBatch([.. missing.Select(m => m.Text)]);
            var fresh = missing.Select((m, i) => ToneTrendCalculator.FromAnalysis(m.Id, analyses[i])).ToList();
            await toneHistory.SaveAsync(fresh, cancellationToken);
            foreach (var reading in fresh)
            {
                readings[reading.MessageId] = reading;
            }
        }

        return ToneTrendCalculator.Compute([.. incoming.Where(m => readings.ContainsKey(m.Id)).Select(m => readings[m.Id])]);
    }
}
