using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Drafts;
using WhatStyle.Tools.Memory;

namespace WhatStyle.Dashboard.Tests.Support;

/// <summary>Puts contacts, messages and drafts into a test server's data directory through the domain's own stores.</summary>
internal sealed class Seed(IServiceProvider services)
{
    internal static readonly DateTimeOffset Start = new(2026, 5, 1, 9, 0, 0, TimeSpan.Zero);
    private int _sequence;

    public async Task<ContactProfile> ContactAsync(string number, string name, CancellationToken cancellationToken)
    {
        var contacts = services.GetRequiredService<IContactDirectory>();
        var profile = await contacts.GetOrCreateAsync(name, cancellationToken);
        return await contacts.AddIdentityAsync(profile.Contact.Id, number, cancellationToken);
    }

    /// <summary>Records a message <paramref name="minutes"/> after 09:00 on 2026-05-01.</summary>
    public async Task<ConversationMessage> MessageAsync(
        ContactProfile contact, MessageDirection direction, string text, int minutes, CancellationToken cancellationToken, bool byWhatStyle = false)
    {
        var message = new ConversationMessage($"m{++_sequence}", contact.Contact.Id, null, direction, text, Start.AddMinutes(minutes), byWhatStyle);
        await services.GetRequiredService<IConversationMemory>().RecordAsync(message, cancellationToken);
        return message;
    }

    public async Task<Draft> DraftAsync(
        string from, string incoming, string reply, CancellationToken cancellationToken, string? crisis = null, DateTimeOffset? createdAt = null, string provider = "mistral")
    {
        var draft = new Draft
        {
            Id = $"reply:wamid.{++_sequence}",
            Contact = from,
            Chat = from,
            IncomingText = incoming,
            Text = reply,
            Provider = provider,
            Crisis = crisis,
            CreatedAt = createdAt ?? Start,
        };
        await services.GetRequiredService<IDraftStore>().AddAsync(draft, cancellationToken);
        return draft;
    }
}
