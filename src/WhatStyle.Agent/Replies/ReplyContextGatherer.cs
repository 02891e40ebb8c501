using System.Globalization;
using Microsoft.Extensions.Options;
using WhatStyle.Agent.Replies.Connection;
using WhatStyle.Agent.Replies.Scoping;
using WhatStyle.Mcp.Results;
using WhatStyle.Mcp.Tools;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Drafts;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.Tone;
using WhatStyle.Tools.Voice.Model;

namespace WhatStyle.Agent.Replies;

/// <summary>
/// Gathers a reply's context straight through MCP tool calls, with no model involved: the median reply then costs
/// exactly one model call. Everything is read from the history as it was before the incoming message, which is
/// recorded last (recording also creates a contact seen for the first time).
/// </summary>
public sealed class ReplyContextGatherer(McpToolCaller tools, IOptions<AgentOptions> options, TimeProvider time, IDraftStore? drafts = null, VoiceModels? voice = null)
{
    private readonly AgentOptions _options = options.Value;

    public async Task<ReplyContext> GatherAsync(IncomingMessage message, ToolCallLedger ledger, bool recordIncoming, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        // Read first, record last: recorded first, the message would be its own "previous message" in the tone reading
        // and sit in the prompt's history as well as in the message to answer.
        var known = await FindProfileAsync(message.Contact, ledger, cancellationToken);
        var history = known is null ? null : await HistoryAsync(known.Contact.Id, message.Group, ledger, cancellationToken);
        // Already recorded (a queued reply written again, or the bridge retrying after a failure that came after
        // recording): the tone context and the prompt's history end before the message, not with it.
        var recordedBefore = AlreadyRecordedAt(message, history, recordIncoming);
        if (recordedBefore is { } received && history is not null)
        {
            history = history with { Recent = [.. history.Recent.Where(m => m.Timestamp < received)] };
        }

        var tone = await ToneAsync(message, known, history, recordedBefore, ledger, cancellationToken);
        // The owner's one-to-one replies to the sender are private: they are examples for a one-to-one reply only,
        // never for a reply everyone in a group reads. A contact seen for the first time has none.
        var similar = known is null || message.Group is not null ? [] : (await tools.CallAsync<SimilarExchanges>(ToolNames.SearchSimilarExchanges,
            Args(("contact", known.Contact.Id), ("text", message.Text), ("limit", _options.SimilarToFetch)), ledger, cancellationToken)).Exchanges;

        // A group message is filed in the group's own history (with its sender); that also makes the sender a member.
        var receivedAt = message.Timestamp ?? time.GetUtcNow();
        var recorded = recordIncoming
            ? await RecordAsync(known?.Contact.Id ?? message.Contact, MessageDirection.Incoming, message.Text, receivedAt, ledger, cancellationToken, message.Group)
            : null;
        var profile = known ?? await ProfileAsync(recorded?.ContactId ?? message.Contact, ledger, cancellationToken);
        if (message.Group is not null && history is null)
        {
            // The sender was not a member yet (or the group is new): the group's history becomes readable through them
            // only now, so it is read after recording, without the message just recorded.
            history = await HistoryAsync(profile.Contact.Id, message.Group, ledger, cancellationToken);
            history = history is null || recorded is null ? history : history with { Recent = [.. history.Recent.Where(m => m.Id != recorded.Id)] };
        }

        if (message.Relationship is { } relationship && profile.Settings.Relationship is null)
        {
            var updated = await tools.CallAsync<ContactProfileView>(ToolNames.UpdateContactProfile,
                Args(("contact", profile.Contact.Id), ("relationship", relationship.ToString().ToLowerInvariant())), ledger, cancellationToken);
            profile = ToProfile(updated);
        }

        var group = message.Group is null ? null : await GroupAsync(message, profile, history, recorded?.GroupId, ledger, cancellationToken);
        return new ReplyContext
        {
            Message = message,
            Profile = profile,
            Tone = tone,
            ReceivedAt = receivedAt,
            Conversation = history,
            SimilarExchanges = similar,
            Group = group,
            RejectedReplies = message.Group is null ? await RejectedAsync(message.Contact, profile, cancellationToken) : [],
            Voice = message.Group is null ? voice?.Predict(VoiceInput.From(profile.Contact.Id, message.Text, tone)) : null,
        };
    }

    /// <summary>How many of the owner's rejected replies to a contact the agent is told about.</summary>
    public const int RejectedExamples = 3;

    /// <summary>
    /// The replies the owner rejected for this contact (the dashboard keeps them as negative examples). Drafts name the
    /// sender as the bridge saw them: the message's own contact id, or one of the profile's numbers or ids.
    /// </summary>
    private async Task<IReadOnlyList<string>> RejectedAsync(string sender, Tools.Contacts.ContactProfile profile, CancellationToken cancellationToken)
    {
        if (drafts is null)
        {
            return [];
        }

        var ids = new HashSet<string>(profile.Contact.PhoneNumbers.Concat(profile.Contact.WhatsAppIds).Append(sender).Select(Key), StringComparer.Ordinal)
        {
            profile.Contact.Id,
        };
        return [.. (await drafts.ListAsync(DraftStatus.Rejected, cancellationToken))
            .Where(d => d.Group is null && (ids.Contains(d.Contact) || ids.Contains(Key(d.Contact))) && !string.IsNullOrWhiteSpace(d.Text))
            .OrderByDescending(d => d.UpdatedAt ?? d.CreatedAt)
            .Select(d => d.Text.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(RejectedExamples)];

        // "+49 170 …", "49170…@c.us" and "49170…" are one person: compared by their identity key.
        static string Key(string id) => string.IsNullOrWhiteSpace(id) ? "" : Tools.Contacts.ContactIdentity.Parse(id).Key;
    }

    /// <summary>
    /// The names and aliases of every contact but <paramref name="contactId"/>: a model's draft must mention none of them.
    /// </summary>
    /// <remarks>
    /// Asked only when there is a draft to check: <c>list_contacts</c> reads and returns every contact, so its cost grows
    /// with the address book (65 ms of CPU at 1,500 contacts), and an offline reply, which never names anyone, does
    /// not need it.
    /// </remarks>
    public async Task<IReadOnlyCollection<string>> OtherContactNamesAsync(string contactId, ToolCallLedger ledger, CancellationToken cancellationToken)
    {
        var everyone = await tools.CallAsync<ContactList>(ToolNames.ListContacts, Args(), ledger, cancellationToken);
        return everyone.Contacts
            .Where(c => c.Id != contactId)
            .SelectMany(c => c.Aliases.Append(c.DisplayName))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Records a message through <c>record_message</c>; with <paramref name="group"/>, into that group chat's history.
    /// <paramref name="writtenByWhatStyle"/> marks a reply a model or the offline responder wrote: kept as what was
    /// said, never learned as the owner's style.
    /// </summary>
    public Task<RecordedMessage> RecordAsync(
        string contact, MessageDirection direction, string text, DateTimeOffset when, ToolCallLedger ledger, CancellationToken cancellationToken,
        string? group = null, bool writtenByWhatStyle = false) =>
        tools.CallAsync<RecordedMessage>(ToolNames.RecordMessage, Args(
            ("contact", contact),
            ("direction", direction.ToString().ToLowerInvariant()),
            ("text", text),
            ("timestamp", when.ToString("O", CultureInfo.InvariantCulture)),
            ("group", group),
            ("author", writtenByWhatStyle ? "whatstyle" : null)), ledger, cancellationToken);

    /// <summary>The profile of a contact through <c>get_contact_profile</c>.</summary>
    public async Task<ContactProfile> ProfileAsync(string contact, ToolCallLedger ledger, CancellationToken cancellationToken) =>
        ToProfile(await tools.CallAsync<ContactProfileView>(ToolNames.GetContactProfile, Args(("contact", contact)), ledger, cancellationToken));

    /// <summary>Asks <c>select_sticker</c> for a sticker fitting the emotion; returns its structured result.</summary>
    public async Task<System.Text.Json.JsonElement> SelectStickerAsync(string contactId, Emotion emotion, double intensity, ToolCallLedger ledger, CancellationToken cancellationToken)
    {
        var selection = await tools.CallAsync<System.Text.Json.JsonElement>(ToolNames.SelectSticker, Args(
            ("emotion", emotion.ToString().ToLowerInvariant()),
            ("intensity", Math.Clamp(intensity, 0, 1)),
            ("contact", contactId)), ledger, cancellationToken);
        return selection;
    }

    /// <summary>The contact's profile, or null when no contact matches (someone writing for the first time).</summary>
    private async Task<ContactProfile?> FindProfileAsync(string contact, ToolCallLedger ledger, CancellationToken cancellationToken)
    {
        try
        {
            return await ProfileAsync(contact, ledger, cancellationToken);
        }
        catch (McpToolException)
        {
            return null;
        }
    }

    /// <summary>
    /// The conversation the message belongs to: the group's history in a group (read through the sender, who must be a
    /// member), else the one-to-one chat. Null when the sender cannot read the group yet (not a member, or a new group).
    /// </summary>
    private async Task<ConversationContext?> HistoryAsync(string contactId, string? group, ToolCallLedger ledger, CancellationToken cancellationToken)
    {
        try
        {
            return await tools.CallAsync<ConversationContext>(ToolNames.GetConversationContext,
                Args(("contact", contactId), ("limit", _options.RecentMessages), ("group", group)), ledger, cancellationToken);
        }
        catch (McpToolException) when (group is not null)
        {
            return null;
        }
    }

    /// <summary>
    /// The tone reading, with the conversation's earlier messages as context: the group's in a group, never the
    /// sender's private chat. Without a readable history (a new contact, a sender new to the group) it reads the text alone.
    /// </summary>
    /// <remarks>With <paramref name="before"/> (the message is already recorded) only what was written before it is context.</remarks>
    private Task<ToneAnalysis> ToneAsync(IncomingMessage message, ContactProfile? known, ConversationContext? history, DateTimeOffset? before, ToolCallLedger ledger, CancellationToken cancellationToken)
    {
        var readable = known is not null && (message.Group is null || history is not null);
        var arguments = !readable
            ? Args(("text", message.Text))
            : Args(("text", message.Text), ("contact", known!.Contact.Id), ("group", message.Group is null ? null : history!.ContactId),
                ("before", before?.ToString("O", CultureInfo.InvariantCulture)));
        return tools.CallAsync<ToneAnalysis>(ToolNames.AnalyzeTone, arguments, ledger, cancellationToken);
    }

    /// <summary>
    /// When the message is already in its conversation's history: the time it was written, else null. A queued reply
    /// written again was recorded when it arrived; a first attempt that failed after recording leaves the same incoming
    /// message (same text, same second) in the history read before recording. Only that copy counts: the owner's reply
    /// to an earlier message can be filed after this one was written (WhatsApp times are whole seconds), and cutting at
    /// it would hide that reply and answer the earlier message again. A message without a timestamp is read as new.
    /// </summary>
    private static DateTimeOffset? AlreadyRecordedAt(IncomingMessage message, ConversationContext? history, bool recordIncoming) =>
        message.Timestamp is { } written && (!recordIncoming || history?.Recent.Any(m => IsCopyOf(m, message, written)) == true) ? written : null;

    private static bool IsCopyOf(ConversationMessage stored, IncomingMessage message, DateTimeOffset written) =>
        stored.Direction == MessageDirection.Incoming
        && Math.Abs((stored.Timestamp - written).TotalSeconds) < 1
        && string.Equals(stored.Text, message.Text, StringComparison.Ordinal);

    /// <summary>
    /// Who is present: the members the message names and everyone seen writing in the group's recent history. Their
    /// profiles serve only to set the floor (the most formal member); nothing else about them is gathered.
    /// </summary>
    private async Task<GroupContext> GroupAsync(IncomingMessage message, ContactProfile sender, ConversationContext? history, string? recordedGroupId, ToolCallLedger ledger, CancellationToken cancellationToken)
    {
        var members = new List<ContactProfile> { sender };
        var seenWriting = history?.Senders?.Keys ?? Enumerable.Empty<string>();
        foreach (var name in message.GroupMembers.Concat(seenWriting.Where(id => id != sender.Contact.Id)).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            try
            {
                var member = await ProfileAsync(name, ledger, cancellationToken);
                if (members.All(m => m.Contact.Id != member.Contact.Id))
                {
                    members.Add(member);
                }
            }
            catch (McpToolException)
            {
                // A member the owner has never talked to: nothing is known about them, so they cannot raise the floor.
            }
        }

        return new GroupContext(message.Group!, members, GroupContext.FloorOf(members), history?.ContactId ?? recordedGroupId);
    }

    /// <summary>The MCP view has no phone numbers or WhatsApp ids (the model never needs them); the rest maps one to one.</summary>
    internal static ContactProfile ToProfile(ContactProfileView view) =>
        new(new Contact(view.Id, view.DisplayName, view.Aliases, [], []), view.Settings, view.Style);

    // Null values are left out: an optional argument omitted, exactly as an MCP client that never heard of it would call.
    private static Dictionary<string, object?> Args(params (string Key, object? Value)[] pairs) =>
        pairs.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
}
