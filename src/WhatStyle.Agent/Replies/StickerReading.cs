using System.Text.Json;
using WhatStyle.Agent.Offline;
using WhatStyle.Mcp.Results;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Serialization;
using WhatStyle.Tools.Stickers;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Agent.Replies;

/// <summary>When a reply gets a sticker, and how a <c>select_sticker</c> result becomes a <see cref="ReplySticker"/>.</summary>
internal static class StickerReading
{
    /// <summary>Strong feelings below this intensity do not call for a sticker (a plain "thanks" does not).</summary>
    public const double StrongFeeling = 0.7;

    /// <summary>
    /// A sticker when the contact needs support (a hug says more than words), or for strong joy or love in a
    /// relaxed one-to-one chat; never in a formal register and never where the owner uses no emoji.
    /// </summary>
    public static bool Wanted(ReplyContext context)
    {
        if (!Allowed(context))
        {
            return false;
        }

        var tone = context.Tone;
        return tone.NeedsSupport
            || (context.Group is null && tone.Intensity >= StrongFeeling && tone.Emotion.Label is Emotion.Joy or Emotion.Love);
    }

    /// <summary>
    /// Whether any sticker may go with this reply: never in a possible crisis, never in a formal register (which is also
    /// the register of anyone the reply says vous or Sie to), never where the owner uses no emoji.
    /// </summary>
    public static bool Allowed(ReplyContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Tone.Crisis.HoldsReply)
        {
            return false;
        }

        var register = OfflineResponder.RegisterFor(context.Profile, context.Group?.Floor, context.Address);
        return register != Register.Formal && context.Profile.EmojiPolicy != EmojiPolicy.None;
    }

    public static ReplySticker? From(JsonElement structured, IStickerCatalog? catalog)
    {
        var selection = structured.Deserialize<StickerSelection>(WhatStyleJson.Options);
        if (selection is not { Found: true, Sticker: { } view })
        {
            return null;
        }

        // In-process the catalogue knows the file; an external server only gives the MCP resource URI.
        var path = catalog?.Find(view.Id)?.FilePath ?? view.ImageUri;
        return new ReplySticker(view.Id, view.Emoji, view.Description, path);
    }
}
