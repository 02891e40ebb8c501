using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Stickers;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Tools.Tests.Stickers;

/// <summary>A catalogue of hand-made stickers, so each selection rule is tested against exactly the stickers it needs.</summary>
internal sealed class FakeStickerCatalog(params Sticker[] stickers) : IStickerCatalog
{
    public static readonly Relationship[] Everyone = Enum.GetValues<Relationship>();
    public static readonly Relationship[] Close = [Relationship.Partner, Relationship.Parent, Relationship.Sibling, Relationship.Child, Relationship.Friend];

    public IReadOnlyList<Sticker> All { get; } = stickers;

    public Sticker? Find(string id) => All.FirstOrDefault(s => s.Id == id);

    public static Sticker Make(
        string id,
        Emotion[] emotions,
        string[] moments,
        Relationship[]? relationships = null,
        double intensity = 0.5,
        string emoji = "🙂",
        string pack = "starter") =>
        new(id, emoji, id, emotions, moments, relationships ?? Everyone, intensity, $"/stickers/{id}.webp", pack);
}
