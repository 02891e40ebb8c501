using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Stickers;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Mcp.Tests.Support;

/// <summary>Two stickers with small WebP-looking files in a temp folder.</summary>
internal sealed class FakeStickerCatalog : IStickerCatalog
{
    /// <summary>Starts like a WebP file ("RIFF....WEBP"); the MCP layer only ships bytes, it never decodes them.</summary>
    public static readonly byte[] ImageBytes = [.. "RIFF\u0010\0\0\0WEBPVP8 "u8, 1, 2, 3, 4];

    public FakeStickerCatalog(string directory)
    {
        All =
        [
            Create(directory, "hug-warm", "🤗", "A warm hug", [Emotion.Sadness, Emotion.Love], ["comfort", "hug"],
                [Relationship.Partner, Relationship.Friend, Relationship.Parent, Relationship.Sibling], 0.6),
            Create(directory, "party-popper", "🎉", "Confetti and a party popper", [Emotion.Joy, Emotion.Surprise], ["congratulations"],
                Enum.GetValues<Relationship>(), 0.8),
        ];
    }

    public IReadOnlyList<Sticker> All { get; }

    public Sticker? Find(string id) => All.FirstOrDefault(s => s.Id == id);

    private static Sticker Create(
        string directory, string id, string emoji, string description, Emotion[] emotions, string[] moments, Relationship[] relationships, double intensity)
    {
        var path = Path.Combine(directory, id + ".webp");
        File.WriteAllBytes(path, ImageBytes);
        return new Sticker(id, emoji, description, emotions, moments, relationships, intensity, path, "starter");
    }
}

/// <summary>Picks the first catalogue sticker that suits the emotion and relationship; remembers the requests.</summary>
internal sealed class FakeStickerSelector(IStickerCatalog catalog) : IStickerSelector
{
    public List<StickerRequest> Requests { get; } = [];

    public Task<Sticker?> SelectAsync(StickerRequest request, CancellationToken cancellationToken = default)
    {
        lock (Requests)
        {
            Requests.Add(request);
        }

        return Task.FromResult(catalog.All.FirstOrDefault(s => s.Emotions.Contains(request.Emotion)
            && (request.Relationship is null || s.Relationships.Contains(request.Relationship.Value))));
    }

    public Task RecordSentAsync(string contactId, string stickerId, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
