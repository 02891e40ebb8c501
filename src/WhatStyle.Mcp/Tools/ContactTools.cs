using System.ComponentModel;
using ModelContextProtocol.Server;
using WhatStyle.Mcp.Results;
using WhatStyle.Tools.Contacts;

namespace WhatStyle.Mcp.Tools;

/// <summary>The contact tools: <c>get_contact_profile</c>, <c>update_contact_profile</c>, <c>list_contacts</c>.</summary>
[McpServerToolType]
internal sealed class ContactTools(IContactDirectory contacts)
{
    [McpServerTool(Name = ToolNames.GetContactProfile, Title = "Get contact profile", ReadOnly = true, Idempotent = true,
        Destructive = false, OpenWorld = false, UseStructuredContent = true)]
    [Description("Returns how the owner talks to one contact: relationship, preferred tone, emoji policy, nickname, "
        + "language, formality, address (tu or vous, du or Sie), and the style learned from the owner's own messages to them (typical length, emoji rate "
        + "and favourite emoji, punctuation habits, openers and closers). Match this style when drafting a reply.")]
    public async Task<ContactProfileView> GetContactProfileAsync(
        [Description("The contact's name, alias, phone number or id, e.g. \"Mum\" or \"+491701234567\".")] string contact,
        CancellationToken cancellationToken = default)
    {
        var profile = await ContactLookup.RequireAsync(contacts, contact, cancellationToken);
        return ContactProfileView.From(profile);
    }

    [McpServerTool(Name = ToolNames.UpdateContactProfile, Title = "Update contact profile", ReadOnly = false, Idempotent = true,
        Destructive = false, OpenWorld = false, UseStructuredContent = true)]
    [Description("Sets what the owner decided about a contact. Only the arguments you pass change; omitted ones stay as they are. "
        + "Call it only when the owner asked for the change. Returns the updated profile.")]
    public async Task<ContactProfileView> UpdateContactProfileAsync(
        [Description("The contact's name, alias, phone number or id.")] string contact,
        [Description("One of: partner, parent, sibling, child, friend, colleague, manager, client, other.")] string? relationship = null,
        [Description("Preferred tone in the owner's words, e.g. \"playful\", \"warm\", \"respectful\".")] string? tone = null,
        [Description("Emoji policy: none, light or heavy.")] string? emoji = null,
        [Description("How the owner addresses them, e.g. \"babe\" or \"Dad\".")] string? nickname = null,
        [Description("ISO 639-1 language code to answer in, e.g. \"en\", \"de\", \"pt\".")] string? language = null,
        [Description("How the owner says \"you\" to them where the language has two: familiar (tu, du, tú) or polite (vous, Sie, usted).")] string? address = null,
        CancellationToken cancellationToken = default)
    {
        var profile = await ContactLookup.RequireAsync(contacts, contact, cancellationToken);
        var update = new ContactSettings
        {
            Relationship = ToolArguments.OptionalEnum<Relationship>(relationship, nameof(relationship)),
            Tone = ToolArguments.OptionalSetting(tone, nameof(tone)),
            Emoji = ToolArguments.OptionalEnum<EmojiPolicy>(emoji, nameof(emoji)),
            Nickname = ToolArguments.OptionalSetting(nickname, nameof(nickname)),
            Language = LanguageCode(language),
            Address = ToolArguments.OptionalEnum<AddressForm>(address, nameof(address)),
        };
        var updated = await contacts.UpdateSettingsAsync(profile.Contact.Id, update, cancellationToken);
        return ContactProfileView.From(updated);
    }

    [McpServerTool(Name = ToolNames.ListContacts, Title = "List contacts", ReadOnly = true, Idempotent = true,
        Destructive = false, OpenWorld = false, UseStructuredContent = true)]
    [Description("Lists the owner's contacts, or those whose name, alias or number contains the query. "
        + "Use it to find the exact name or id the other tools accept.")]
    public async Task<ContactList> ListContactsAsync(
        [Description("Optional part of a name, alias or number, e.g. \"ann\". Omit to list everyone.")] string? query = null,
        CancellationToken cancellationToken = default)
    {
        var trimmed = string.IsNullOrWhiteSpace(query) ? null : ToolArguments.OptionalSetting(query, nameof(query), 256);
        var profiles = await contacts.ListAsync(trimmed, cancellationToken);
        return new ContactList([.. profiles
            .Select(ContactSummary.From)
            .OrderBy(c => c.DisplayName, StringComparer.CurrentCultureIgnoreCase)]);
    }

    private static string? LanguageCode(string? language)
    {
        if (language is null)
        {
            return null;
        }

        var value = language.Trim();
        if (value.Length is < 2 or > 3 || !value.All(char.IsAsciiLetter))
        {
            throw new ModelContextProtocol.McpException("'language' must be an ISO 639-1 code such as \"en\", \"de\" or \"pt\".");
        }

        return value.ToLowerInvariant();
    }
}
