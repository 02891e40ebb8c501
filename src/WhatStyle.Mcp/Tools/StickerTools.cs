using System.ComponentModel;
using System.Text.Json;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using WhatStyle.Mcp.Results;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Serialization;
using WhatStyle.Tools.Stickers;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Mcp.Tools;

/// <summary>The <c>select_sticker</c> tool.</summary>
[McpServerToolType]
internal sealed class StickerTools(IStickerSelector selector, IContactDirectory contacts)
{
    // Read-only, hence idempotent: choosing reads the sticker history but records nothing (the sender records what was
    // actually sent), so repeated calls have no effect on the environment.
    [McpServerTool(Name = "select_sticker", Title = "Select sticker", ReadOnly = true, Idempotent = true,
        Destructive = false, OpenWorld = false, UseStructuredContent = true, OutputSchemaType = typeof(StickerSelection))]
    [Description("Picks a WhatsApp sticker that fits an emotion and the recipient, or none when nothing fits (sending no "
        + "sticker is often right). Returns the sticker's description and, as image content, its WebP image. Romantic "
        + "stickers are never chosen for parents, colleagues, managers or clients.")]
    public async Task<CallToolResult> SelectStickerAsync(
        [Description("Emotion of the moment, usually the incoming message's: joy, love, sadness, anger, fear, surprise, disgust or neutral.")]
        string emotion,
        [Description("Optional relationship to the recipient: partner, parent, sibling, child, friend, colleague, manager, client or other. Defaults to the contact's.")]
        string? relationship = null,
        [Description("Optional strength of the feeling, 0 (mild) to 1 (very strong); stickers close to it are preferred.")]
        double? intensity = null,
        [Description("Optional recipient (name, alias, phone number or id), so the owner's sticker habits with them are used.")]
        string? contact = null,
        CancellationToken cancellationToken = default)
    {
        var parsedEmotion = ToolArguments.RequireEnum<Emotion>(emotion, nameof(emotion));
        var parsedRelationship = ToolArguments.OptionalEnum<Relationship>(relationship, nameof(relationship));
        var parsedIntensity = ToolArguments.Fraction(intensity, nameof(intensity));
        string? contactId = null;
        if (contact is not null)
        {
            var profile = await ContactLookup.RequireAsync(contacts, contact, cancellationToken);
            contactId = profile.Contact.Id;
            parsedRelationship ??= profile.Settings.Relationship;
        }

        var sticker = await selector.SelectAsync(
            new StickerRequest(parsedEmotion, parsedRelationship, parsedIntensity, contactId), cancellationToken);
        if (sticker is null)
        {
            return Result(new StickerSelection(false, null, "No sticker fits this emotion and relationship; reply without one."), image: null);
        }

        var image = await StickerImages.ReadAsync(sticker, cancellationToken);
        return Result(new StickerSelection(true, StickerView.From(sticker), null), image);
    }

    private static CallToolResult Result(StickerSelection selection, byte[]? image)
    {
        var structured = JsonSerializer.SerializeToElement(selection, WhatStyleJson.Options);
        List<ContentBlock> content = [new TextContentBlock { Text = structured.GetRawText() }];
        if (image is not null)
        {
            content.Add(ImageContentBlock.FromBytes(image, StickerImages.MimeType));
        }

        return new CallToolResult { Content = content, StructuredContent = structured };
    }
}
