using WhatStyle.WhatsAppBridge.Storage;

namespace WhatStyle.WhatsAppBridge.Sending;

/// <summary>Builds the outbox items of one reply: the text, then the sticker if any, quoting the message in groups.</summary>
internal static class OutboxItems
{
    public static IReadOnlyList<OutboxItem> ForReply(string replyId, ChatRecord chat, MessageRecord last, string text, string? stickerPath, DateTimeOffset now) =>
        Build(replyId, chat.Id, chat.IsGroup, chat.IsGroup ? last.Id : null, text, stickerPath, now);

    public static IReadOnlyList<OutboxItem> Build(string replyId, string to, bool isGroup, string? quote, string text, string? stickerPath, DateTimeOffset now)
    {
        var createdAt = now.ToUnixTimeMilliseconds();
        var items = new List<OutboxItem>();
        if (!string.IsNullOrWhiteSpace(text))
        {
            items.Add(new OutboxItem
            {
                Id = $"{replyId}:text",
                To = to,
                IsGroup = isGroup,
                Kind = "text",
                Text = text.Length <= 4096 ? text : text[..4096],
                ContextMessageId = quote,
                CreatedAtMs = createdAt,
                Part = 0,
                NextAttemptAtMs = createdAt,
            });
        }

        if (!string.IsNullOrWhiteSpace(stickerPath))
        {
            items.Add(new OutboxItem
            {
                Id = $"{replyId}:sticker",
                To = to,
                IsGroup = isGroup,
                Kind = "sticker",
                StickerPath = stickerPath,
                CreatedAtMs = createdAt,
                Part = 1,
                NextAttemptAtMs = createdAt,
            });
        }

        return items;
    }
}
