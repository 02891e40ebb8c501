using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using WhatStyle.WhatsAppBridge.Channels.Personal;
using WhatStyle.WhatsAppBridge.Sending;
using WhatStyle.WhatsAppBridge.Storage;

namespace WhatStyle.WhatsAppBridge.Channels.Evolution;

/// <summary>
/// Sends through Evolution API with header <c>apikey</c>: <c>/message/sendText/{instance}</c>,
/// <c>/message/sendSticker/{instance}</c>, <c>/message/sendReaction/{instance}</c>, <c>/chat/markMessageAsRead/{instance}</c>,
/// and "composing" through <c>/chat/sendPresence/{instance}</c> for a human typing time before each text.
/// </summary>
internal sealed class EvolutionChannel : IChannelSender
{
    private readonly EngineHttp _http;
    private readonly EvolutionOptions _options;
    private readonly HumanPacing _pacing;
    private readonly TimeProvider _time;

    public EvolutionChannel(HttpClient http, IOptions<EvolutionOptions> options, HumanPacing pacing, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        http.BaseAddress ??= _options.BaseUrl;
        http.DefaultRequestHeaders.Add("apikey", _options.ApiKey);
        _http = new EngineHttp(http, time);
        _pacing = pacing;
        _time = time;
    }

    public bool IsPersonal => true;

    private string Instance => Uri.EscapeDataString(_options.Instance);

    public async Task<ChannelSendResult> SendAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        JsonObject body;
        string path;
        if (item.Kind == "sticker")
        {
            byte[] bytes;
            try
            {
                bytes = await File.ReadAllBytesAsync(item.StickerPath ?? "", cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
            {
                return ChannelSendResult.Failed(new SendFailure(SendFailureKind.Rejected, "sticker-file", $"sticker file unreadable ({ex.GetType().Name})"));
            }

            path = $"message/sendSticker/{Instance}";
            body = new JsonObject { ["number"] = item.To, ["sticker"] = Convert.ToBase64String(bytes) };
        }
        else
        {
            await TypeAsync(item.To, item.Text, cancellationToken);
            path = $"message/sendText/{Instance}";
            body = new JsonObject { ["number"] = item.To, ["text"] = item.Text };
            if (item.ContextMessageId is not null)
            {
                body["quoted"] = new JsonObject { ["key"] = new JsonObject { ["id"] = item.ContextMessageId } };
            }
        }

        var (result, answer) = await _http.SendAsync(HttpMethod.Post, path, body, cancellationToken);
        return result.Success ? ChannelSendResult.Ok(answer?["key"]?["id"]?.GetValue<string>()) : result;
    }

    public async Task<ChannelSendResult> MarkReadAsync(MessageRecord message, bool typing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var body = new JsonObject
        {
            ["readMessages"] = new JsonArray(new JsonObject { ["remoteJid"] = message.Chat, ["fromMe"] = false, ["id"] = message.Id }),
        };
        return (await _http.SendAsync(HttpMethod.Post, $"chat/markMessageAsRead/{Instance}", body, cancellationToken)).Result;
    }

    public async Task<ChannelSendResult> ReactAsync(string chat, string messageId, string emoji, CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["key"] = new JsonObject { ["remoteJid"] = chat, ["fromMe"] = false, ["id"] = messageId },
            ["reaction"] = emoji,
        };
        return (await _http.SendAsync(HttpMethod.Post, $"message/sendReaction/{Instance}", body, cancellationToken)).Result;
    }

    /// <summary>"composing…" for a time proportional to the text (Evolution holds the presence for <c>delay</c> ms itself).</summary>
    private async Task TypeAsync(string chat, string? text, CancellationToken cancellationToken)
    {
        var wait = _pacing.TypingTime(text, RandomNumberGenerator.GetInt32(1000) / 1000.0);
        if (wait <= TimeSpan.Zero)
        {
            return;
        }

        var started = _time.GetTimestamp();
        var presence = new JsonObject { ["number"] = chat, ["presence"] = "composing", ["delay"] = (int)wait.TotalMilliseconds };
        await _http.SendAsync(HttpMethod.Post, $"chat/sendPresence/{Instance}", presence, cancellationToken);
        // Some versions answer only after the delay has passed: wait out only what is left.
        var left = wait - _time.GetElapsedTime(started);
        if (left > TimeSpan.Zero)
        {
            await Task.Delay(left, _time, cancellationToken);
        }
    }
}
