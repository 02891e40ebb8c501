using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using WhatStyle.WhatsAppBridge.Configuration;
using WhatStyle.WhatsAppBridge.Storage;

namespace WhatStyle.WhatsAppBridge.Sending;

/// <summary>
/// Typed client for the Cloud API endpoints the bridge uses: send message, mark read (+ typing), upload media.
/// It never retries: retries belong to the outbox, which knows whether a repeat could duplicate a message.
/// </summary>
internal sealed class GraphApiClient
{
    private readonly HttpClient _http;
    private readonly WhatsAppOptions _options;
    private readonly TimeProvider _time;

    public GraphApiClient(HttpClient http, IOptions<WhatsAppOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        _http = http;
        _options = options.Value;
        _http.BaseAddress ??= _options.GraphApiBaseUrl;
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _options.AccessToken);
    }

    private string MessagesPath => $"{_options.ApiVersion}/{_options.PhoneNumberId}/messages";

    /// <summary>Sends a text or sticker; the outbox id travels as <c>biz_opaque_callback_data</c> so status webhooks name it.</summary>
    public Task<GraphApiResult> SendAsync(OutboxItem item, string? mediaId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var body = new JsonObject
        {
            ["messaging_product"] = "whatsapp",
            ["recipient_type"] = item.IsGroup ? "group" : "individual",
            // Individual numbers need the + or Meta prepends the business number's country code.
            ["to"] = item.IsGroup || item.To.StartsWith('+') ? item.To : "+" + item.To,
            ["biz_opaque_callback_data"] = item.Id,
        };
        if (item.ContextMessageId is not null)
        {
            body["context"] = new JsonObject { ["message_id"] = item.ContextMessageId };
        }

        if (item.Kind == "sticker")
        {
            body["type"] = "sticker";
            body["sticker"] = new JsonObject { ["id"] = mediaId };
        }
        else
        {
            body["type"] = "text";
            body["text"] = new JsonObject { ["preview_url"] = false, ["body"] = item.Text };
        }

        return PostAsync(MessagesPath, JsonContent(body), "messages", cancellationToken);
    }

    /// <summary>Marks a message read and shows the typing indicator (it disappears on reply or after 25 s).</summary>
    public Task<GraphApiResult> MarkReadAsync(string messageId, bool typing, CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["messaging_product"] = "whatsapp",
            ["status"] = "read",
            ["message_id"] = messageId,
        };
        if (typing)
        {
            body["typing_indicator"] = new JsonObject { ["type"] = "text" };
        }

        return PostAsync(MessagesPath, JsonContent(body), null, cancellationToken);
    }

    /// <summary>Uploads a file with <c>POST /{phone-number-id}/media</c>; the result's id is the media id.</summary>
    public async Task<GraphApiResult> UploadMediaAsync(string path, string mimeType, CancellationToken cancellationToken)
    {
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(await File.ReadAllBytesAsync(path, cancellationToken));
        file.Headers.ContentType = new MediaTypeHeaderValue(mimeType);
        content.Add(file, "file", Path.GetFileName(path));
        content.Add(new StringContent(mimeType), "type");
        content.Add(new StringContent("whatsapp"), "messaging_product");
        return await PostAsync($"{_options.ApiVersion}/{_options.PhoneNumberId}/media", content, "id", cancellationToken);
    }

    private static StringContent JsonContent(JsonObject body) =>
        new(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");

    private async Task<GraphApiResult> PostAsync(string path, HttpContent content, string? idField, CancellationToken cancellationToken)
    {
        try
        {
            using (content)
            using (var response = await _http.PostAsync(new Uri(path, UriKind.Relative), content, cancellationToken))
            {
                var text = await response.Content.ReadAsStringAsync(cancellationToken);
                return response.IsSuccessStatusCode
                    ? GraphApiResult.Ok(ReadId(text, idField))
                    : ReadError((int)response.StatusCode, text) with { RetryAfter = RetryAfter(response) };
            }
        }
        catch (HttpRequestException ex)
        {
            return new GraphApiResult { HttpStatus = 0, ErrorMessage = $"network error: {ex.Message}" };
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new GraphApiResult { HttpStatus = 0, ErrorMessage = "timeout" };
        }
    }

    /// <summary><c>Retry-After</c> as a delay: seconds, or a date (counted from the response's own date when it has one).</summary>
    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - (response.Headers.Date ?? _time.GetUtcNow());
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    private static string? ReadId(string text, string? idField)
    {
        try
        {
            var node = JsonNode.Parse(text);
            return idField switch
            {
                "messages" => node?["messages"]?[0]?["id"]?.GetValue<string>(),
                "id" => node?["id"]?.GetValue<string>(),
                _ => null,
            };
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    private static GraphApiResult ReadError(int status, string text)
    {
        int? code = null;
        string? message = null;
        try
        {
            var error = JsonNode.Parse(text)?["error"];
            code = error?["code"]?.GetValue<int>();
            message = error?["message"]?.GetValue<string>();
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            message = null;
        }

        return new GraphApiResult { HttpStatus = status, ErrorCode = code, ErrorMessage = message ?? $"HTTP {status}" };
    }
}
