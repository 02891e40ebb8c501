using LiteDB;

namespace WhatStyle.Tools.Drafts;

/// <summary>The stored shape of a <see cref="Draft"/>; times are Unix milliseconds so LiteDB never shifts time zones.</summary>
internal sealed class DraftDocument
{
    [BsonId]
    public string Id { get; set; } = "";
    public string Contact { get; set; } = "";
    public string Chat { get; set; } = "";
    public string? Group { get; set; }
    public string? InReplyTo { get; set; }
    public string IncomingText { get; set; } = "";
    public string Text { get; set; } = "";
    public string? StickerPath { get; set; }
    public string Source { get; set; } = "";
    public string? Provider { get; set; }
    public string? Crisis { get; set; }
    public string Status { get; set; } = nameof(DraftStatus.Pending);
    public bool Edited { get; set; }
    public long CreatedAtMs { get; set; }
    public long? UpdatedAtMs { get; set; }

    public static DraftDocument From(Draft draft) => new()
    {
        Id = draft.Id,
        Contact = draft.Contact,
        Chat = draft.Chat,
        Group = draft.Group,
        InReplyTo = draft.InReplyTo,
        IncomingText = draft.IncomingText,
        Text = draft.Text,
        StickerPath = draft.StickerPath,
        Source = draft.Source,
        Provider = draft.Provider,
        Crisis = draft.Crisis,
        Status = draft.Status.ToString(),
        Edited = draft.Edited,
        CreatedAtMs = draft.CreatedAt.ToUnixTimeMilliseconds(),
        UpdatedAtMs = draft.UpdatedAt?.ToUnixTimeMilliseconds(),
    };

    public Draft ToDraft() => new()
    {
        Id = Id,
        Contact = Contact,
        Chat = Chat,
        Group = Group,
        InReplyTo = InReplyTo,
        IncomingText = IncomingText,
        Text = Text,
        StickerPath = StickerPath,
        Source = Source,
        Provider = Provider,
        Crisis = Crisis,
        Status = Enum.Parse<DraftStatus>(Status),
        Edited = Edited,
        CreatedAt = DateTimeOffset.FromUnixTimeMilliseconds(CreatedAtMs),
        UpdatedAt = UpdatedAtMs is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null,
    };
}
