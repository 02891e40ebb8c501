using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using WhatStyle.WhatsAppBridge.Channels.Personal;
using WhatStyle.WhatsAppBridge.Storage;

namespace WhatStyle.WhatsAppBridge.Channels.Waha;

/// <summary>
/// Sends through WAHA with <c>X-Api-Key</c>: <c>/api/sendText</c>, stickers through <c>/api/sendImage</c> (or
/// <c>/api/sendSticker</c>), <c>/api/sendSeen</c>, <c>/api/startTyping</c> and <c>/api/stopTyping</c> around a
/// human typing time, and <c>PUT /api/reaction</c>. 422 is WAHA's "session is not working": an outage, not a refusal.
/// </summary>
internal sealed class WahaChannel : IChannelSender
{
    private readonly EngineHttp _http;
    private readonly WahaOptions _options;
    private readonly HumanPacing _pacing;
    private readonly TimeProvider _time;

    public WahaChannel(HttpClient http, IOptions<WahaOptions> options, HumanPacing pacing, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _http = new EngineHttp(WahaHttp.For(http, _options), time, 422);
        _pacing = pacing;
        _time = time;
    }

    public bool IsPersonal => true;

    public async Task<ChannelSendResult> SendAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Kind == "sticker")
        {
            return await SendStickerAsync(item, cancellationToken);
        }

        await TypeAsync(item.To, item.Text, cancellationToken);
        var body = new JsonObject
        {
            ["session"] = _options.Session,
            ["chatId"] = item.To,
            ["text"] = item.Text,
            ["reply_to"] = item.ContextMessageId,
            ["linkPreview"] = false,
        };
        var (result, answer) = await _http.SendAsync(HttpMethod.Post, "api/sendText", body, cancellationToken);
        return result.Success ? ChannelSendResult.Ok(SentId(answer)) : result;
    }

    public async Task<ChannelSendResult> MarkReadAsync(MessageRecord message, bool typing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var body = new JsonObject
        {
            ["session"] = _options.Session,
            ["chatId"] = message.Chat,
            ["messageIds"] = new JsonArray(message.Id),
        };
        return (await _http.SendAsync(HttpMethod.Post, "api/sendSeen", body, cancellationToken)).Result;
    }

    public async Task<ChannelSendResult> ReactAsync(string chat, string messageId, string emoji, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["session"] = _options.Session, ["messageId"] = messageId, ["reaction"] = emoji };
        return (await _http.SendAsync(HttpMethod.Put, "api/reaction", body, cancellationToken)).Result;
    }

    private async Task<ChannelSendResult> SendStickerAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(item.StickerPath ?? "", cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return ChannelSendResult.Failed(new Sending.SendFailure(Sending.SendFailureKind.Rejected, "sticker-file", $"sticker file unreadable ({ex.GetType().Name})"));
        }

        var body = new JsonObject
        {
            ["session"] = _options.Session,
            ["chatId"] = item.To,
            ["file"] = new JsonObject
            {
                ["mimetype"] = "image/webp",
                ["filename"] = Path.GetFileName(item.StickerPath),
                ["data"] = Convert.ToBase64String(bytes),
            },
        };
        var (result, answer) = await _http.SendAsync(HttpMethod.Post, _options.UseSendSticker ? "api/sendSticker" : "api/sendImage", body, cancellationToken);
        return result.Success ? ChannelSendResult.Ok(SentId(answer)) : result;
    }

    /// <summary>"typing…" for a time proportional to the text; failures of the indicator never hold the reply back.</summary>
    private async Task TypeAsync(string chat, string? text, CancellationToken cancellationToken)
    {
        var wait = _pacing.TypingTime(text, RandomNumberGenerator.GetInt32(1000) / 1000.0);
        if (wait <= TimeSpan.Zero)
        {
            return;
        }

        var typing = new JsonObject { ["session"] = _options.Session, ["chatId"] = chat };
        await _http.SendAsync(HttpMethod.Post, "api/startTyping", typing, cancellationToken);
        await Task.Delay(wait, _time, cancellationToken);
        await _http.SendAsync(HttpMethod.Post, "api/stopTyping", new JsonObject { ["session"] = _options.Session, ["chatId"] = chat }, cancellationToken);
    }

    /// <summary>The sent message's id: a string on GOWS and NOWEB, <c>{_serialized}</c> on WEBJS, or under <c>key.id</c>.</summary>
    internal static string? SentId(JsonNode? answer)
    {
        var id = answer?["id"];
        return id switch
        {
            JsonValue value when value.TryGetValue<string>(out var s) => s,
            JsonObject o => o["_serialized"]?.GetValue<string>(),
            _ => answer?["key"]?["id"]?.GetValue<string>(),
        };
    }
}
