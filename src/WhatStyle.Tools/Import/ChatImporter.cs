using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Contacts.Groups;
using WhatStyle.Tools.Memory;

namespace WhatStyle.Tools.Import;

/// <summary>
/// Parses an export, resolves its authors to contacts (and a group), and records the messages in time order in
/// chunks. Message ids hash the conversation, time, author and text, so a second import of the file adds nothing.
/// </summary>
internal sealed class ChatImporter(
    IContactDirectory contacts,
    IGroupDirectory groups,
    IConversationMemory memory,
    TimeProvider timeProvider) : IChatImporter
{
    // Big enough that an import makes few disk commits (each costs an fsync, and in shared mode a checkpoint),
    // small enough for a responsive progress bar and a bounded transaction.
    private const int ChunkSize = 5000;

    public async Task<ImportResult> ImportAsync(ImportRequest request, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Me);
        var parsed = Parse(request.FilePath);
        var authorKeys = new Dictionary<string, string>(StringComparer.Ordinal);
        string AuthorKey(string author) => authorKeys.TryGetValue(author, out var key) ? key : authorKeys[author] = ContactIdentity.Parse(author).Key;
        var meKey = ContactIdentity.Parse(request.Me).Key;
        var authors = parsed.Messages.Select(m => m.Author).DistinctBy(AuthorKey).ToList();
        if (!authors.Any(a => AuthorKey(a) == meKey))
        {
            throw new ImportException($"'{request.Me}' wrote nothing in {Path.GetFileName(request.FilePath)}; the authors are: {string.Join(", ", authors)}. Pass --me with one of them.");
        }

        var others = authors.Where(a => AuthorKey(a) != meKey).ToList();
        var groupName = request.Group ?? parsed.SystemLines.Select(WhatsAppExportParser.GroupNameFrom).LastOrDefault(n => n is not null);
        var isGroup = request.Group is not null || others.Count > 1 || (groupName is not null && request.Contact is null);
        var warnings = new List<string>();

        var authorIds = new Dictionary<string, string>(StringComparer.Ordinal);
        (Relationship? Value, string Source)? relationshipNote = null;
        string? groupId = null;
        if (isGroup)
        {
            groupName ??= GroupNameFromFile(request.FilePath);
            foreach (var author in others)
            {
                authorIds[AuthorKey(author)] = (await contacts.GetOrCreateAsync(author, cancellationToken)).Contact.Id;
            }

            var group = await groups.GetOrCreateAsync(groupName, cancellationToken);
            await groups.AddMembersAsync(group.Group.Id, authorIds.Values, cancellationToken);
            groupId = group.Group.Id;
            groupName = group.Group.Name; // As stored and shown: normalised, or the name of the group it matched.
            if (request.Contact is not null || request.Relationship is not null)
            {
                warnings.Add("--contact and --relationship apply to one-to-one chats; set group members with 'whatstyle contacts set'.");
            }
        }
        else
        {
            var contact = await ResolveOneToOneAsync(request, others, AuthorKey, warnings, cancellationToken);
            if (others.Count == 1)
            {
                authorIds[AuthorKey(others[0])] = contact.Contact.Id;
            }

            if (request.Relationship is { } relationship)
            {
                await contacts.UpdateSettingsAsync(contact.Contact.Id, new ContactSettings { Relationship = relationship }, cancellationToken);
                relationshipNote = (relationship, "as given");
            }
            else if (contact.Settings.Relationship is { } known)
            {
                relationshipNote = (known, "already set");
            }
            else if (RelationshipCues.Suggest(others.Count == 1 ? others[0] : contact.Contact.DisplayName, OwnerTexts(parsed, AuthorKey, meKey)) is { } suggestion)
            {
                // Suggested from the chat, stored, and shown with its cue, so it is never a silent "other".
                await contacts.UpdateSettingsAsync(contact.Contact.Id, new ContactSettings { Relationship = suggestion.Relationship }, cancellationToken);
                relationshipNote = (suggestion.Relationship, "suggested from " + suggestion.Cue);
            }
            else
            {
                relationshipNote = (null, "nothing in the chat suggests one");
            }

            authorIds[meKey] = contact.Contact.Id;
        }

        var messages = ToConversation(parsed.Messages, AuthorKey, meKey, authorIds, groupId);
        var added = 0;
        progress?.Report(new ImportProgress(0, messages.Count));
        for (var start = 0; start < messages.Count; start += ChunkSize)
        {
            var chunk = messages.GetRange(start, Math.Min(ChunkSize, messages.Count - start));
            added += await memory.RecordManyAsync(chunk, cancellationToken);
            progress?.Report(new ImportProgress(start + chunk.Count, messages.Count));
        }

        var contactNames = new List<string>();
        foreach (var id in authorIds.Values.Distinct(StringComparer.Ordinal))
        {
            contactNames.Add((await contacts.FindAsync(id, cancellationToken))?.Contact.DisplayName ?? id);
        }

        return new ImportResult(
            request.FilePath,
            parsed.Messages.Count,
            added,
            parsed.Messages.Count(m => AuthorKey(m.Author) == meKey),
            contactNames,
            isGroup ? groupName : null,
            parsed.SystemLines.Count,
            parsed.Messages.Count(m => m.Kind == ParsedMessageKind.Media),
            parsed.Messages.Count(m => m.Kind == ParsedMessageKind.Deleted),
            parsed.Messages.Count(m => m.Edited),
            parsed.DayFirst,
            parsed.Unreadable,
            warnings)
        {
            Relationship = relationshipNote?.Value,
            RelationshipSource = relationshipNote?.Source,
        };
    }

    private static IEnumerable<string> OwnerTexts(ExportParseResult parsed, Func<string, string> authorKeyOf, string meKey) =>
        parsed.Messages.Where(m => m.Kind == ParsedMessageKind.Text && authorKeyOf(m.Author) == meKey).Select(m => m.Text);

    private static ExportParseResult Parse(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var parsed = WhatsAppExportParser.Parse(ExportFile.ReadLines(path));

        return parsed.Messages.Count > 0
            ? parsed
            : throw new ImportException($"No messages found in {path}; is it a WhatsApp 'Export chat' .txt or .zip file?");
    }

    private async Task<ContactProfile> ResolveOneToOneAsync(ImportRequest request, List<string> others, Func<string, string> authorKeyOf, List<string> warnings, CancellationToken cancellationToken)
    {
        if (request.Contact is null)
        {
            return others.Count == 1
                ? await contacts.GetOrCreateAsync(others[0], cancellationToken)
                : throw new ImportException("Only the owner wrote in this chat; say who it is with --contact NAME.");
        }

        var contact = await contacts.GetOrCreateAsync(request.Contact, cancellationToken);
        if (others.Count == 1 && authorKeyOf(others[0]) != ContactIdentity.Parse(request.Contact).Key)
        {
            // Remember the name the export uses, so later imports and messages from it find the same person.
            var owner = await contacts.FindAsync(others[0], cancellationToken);
            if (owner is null)
            {
                contact = await contacts.AddIdentityAsync(contact.Contact.Id, others[0], cancellationToken);
            }
            else if (owner.Contact.Id != contact.Contact.Id)
            {
                warnings.Add($"'{others[0]}' already belongs to contact {owner.Contact.DisplayName}; the chat was stored with {contact.Contact.DisplayName} as asked.");
            }
        }

        return contact;
    }

    private List<ConversationMessage> ToConversation(IReadOnlyList<ParsedMessage> parsed, Func<string, string> authorKeyOf, string meKey, Dictionary<string, string> authorIds, string? groupId)
    {
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        var zone = timeProvider.LocalTimeZone;
        var result = new List<ConversationMessage>(parsed.Count);

        // Exports are not always in time order; a stable sort keeps same-minute messages in file order.
        foreach (var message in parsed.OrderBy(m => m.Timestamp))
        {
            var authorKey = authorKeyOf(message.Author);
            var outgoing = authorKey == meKey;
            var contactId = outgoing && groupId is not null ? groupId : authorIds[outgoing ? meKey : authorKey];
            var conversation = groupId ?? contactId;
            var fingerprint = string.Create(CultureInfo.InvariantCulture, $"{conversation}\n{message.Timestamp:O}\n{authorKey}\n{message.Text}");
            var occurrence = occurrences[fingerprint] = occurrences.GetValueOrDefault(fingerprint) + 1;
            var id = "imp_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(fingerprint + "\n" + occurrence.ToString(CultureInfo.InvariantCulture))))[..24];
            var timestamp = new DateTimeOffset(message.Timestamp, zone.GetUtcOffset(message.Timestamp));
            result.Add(new ConversationMessage(id, contactId, groupId, outgoing ? MessageDirection.Outgoing : MessageDirection.Incoming, message.Text, timestamp));
        }

        return result;
    }

    private static string GroupNameFromFile(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        foreach (var prefix in new[] { "WhatsApp Chat with ", "WhatsApp Chat - ", "WhatsApp-Chat mit ", "Chat de WhatsApp con " })
        {
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return name[prefix.Length..];
            }
        }

        return name;
    }
}
