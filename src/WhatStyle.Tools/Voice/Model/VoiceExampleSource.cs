using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Drafts;
using WhatStyle.Tools.Memory;

namespace WhatStyle.Tools.Voice.Model;

/// <summary>
/// Collects what the voice model learns from: the owner's replies in each contact's conversation memory (imported
/// history and messages the owner typed), and every draft the owner decided: approved, edited, or rejected. Drafts
/// written in a group, held for a possible crisis, or overtaken by the owner (withdrawn) say nothing about one
/// contact's everyday style and are left out.
/// </summary>
internal sealed class VoiceExampleSource(IContactDirectory contacts, IMessageRepository messages, VoiceModelOptions options, IDraftStore? drafts = null)
{
    public async Task<IReadOnlyList<VoiceExample>> CollectAsync(CancellationToken cancellationToken)
    {
        var examples = new List<VoiceExample>();
        foreach (var profile in await contacts.ListAsync(cancellationToken: cancellationToken))
        {
            var exchanges = await messages.ExchangesAsync(ConversationKeys.ForContact(profile.Contact.Id), cancellationToken);
            examples.AddRange(exchanges
                .Where(e => !string.IsNullOrWhiteSpace(e.Reply) && !string.IsNullOrWhiteSpace(e.Incoming))
                .OrderByDescending(e => e.Timestamp)
                .Take(options.MaxRepliesPerContact)
                .OrderBy(e => e.Timestamp)
                .Select(e => new VoiceExample(profile.Contact.Id, e.Incoming, e.Reply, VoiceExampleKind.Owner)));
        }

        if (drafts is null)
        {
            return examples;
        }

        var owners = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var draft in await drafts.ListAsync(cancellationToken: cancellationToken))
        {
            if (draft.Group is not null || draft.Crisis is not null || string.IsNullOrWhiteSpace(draft.Text) || KindOf(draft) is not { } kind)
            {
                continue;
            }

            if (!owners.TryGetValue(draft.Contact, out var contactId))
            {
                contactId = owners[draft.Contact] = (await contacts.FindAsync(draft.Contact, cancellationToken))?.Contact.Id;
            }

            if (contactId is not null)
            {
                examples.Add(new VoiceExample(contactId, draft.IncomingText, draft.Text, kind));
            }
        }

        return examples;
    }

    private static VoiceExampleKind? KindOf(Draft draft) => draft.Status switch
    {
        DraftStatus.Approved or DraftStatus.Sent => draft.Edited ? VoiceExampleKind.Edited : VoiceExampleKind.Approved,
        DraftStatus.Rejected => VoiceExampleKind.Rejected,
        _ => null,
    };
}
