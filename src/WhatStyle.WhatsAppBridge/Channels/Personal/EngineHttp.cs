using System.Text;
using System.Text.Json.Nodes;
using WhatStyle.WhatsAppBridge.Sending;

namespace WhatStyle.WhatsAppBridge.Channels.Personal;

/// <summary>
/// JSON requests to a WhatsApp Web engine (WAHA, Evolution) and the mapping of their answers onto the shared
/// <see cref="SendPolicy"/>: no answer, 408, 429 and 5xx are outages (Retry-After honoured), 401/403 stop sending,
/// <paramref name="sessionNotReady"/> statuses (the engine's "session not working") are outages, other 4xx refuse the request.
/// </summary>
internal sealed class EngineHttp(HttpClient http, TimeProvider time, params int[] sessionNotReady)
{
    public async Task<(ChannelSendResult Result, JsonNode? Body)> SendAsync(HttpMethod method, string path, JsonObject body, CancellationToken cancellationToken)
    {
        try
        {
            using var request = new HttpRequestMessage(method, new Uri(path.TrimStart('/'), UriKind.Relative))
            {
                Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
            };
            using var response = await http.SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            JsonNode? node = null;
            try
            {
                node = text.Length == 0 ? null : JsonNode.Parse(text);
            }
            catch (System.Text.Json.JsonException)
            {
                node = null;
            }

            if (response.IsSuccessStatusCode)
            {
                return (ChannelSendResult.Ok(null), node);
            }

            return (ChannelSendResult.Failed(Classify((int)response.StatusCode, Message(node, text), RetryAfter(response))), node);
        }
        catch (HttpRequestException ex)
        {
            return (ChannelSendResult.Failed(new SendFailure(SendFailureKind.Outage, "network", $"network error: {ex.HttpRequestError}")), null);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (ChannelSendResult.Failed(new SendFailure(SendFailureKind.Outage, "timeout", "timeout")), null);
        }
    }

    internal SendFailure Classify(int status, string message, TimeSpan? retryAfter)
    {
        var code = $"http{status}";
        var kind = status switch
        {
            401 or 403 => SendFailureKind.Unauthorized,
            408 or 429 or >= 500 => SendFailureKind.Outage,
            _ when sessionNotReady.Contains(status) => SendFailureKind.Outage,
            _ => SendFailureKind.Rejected,
        };
        return new SendFailure(kind, code, message, retryAfter, status);
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - (response.Headers.Date ?? time.GetUtcNow());
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    // The engine's own words, shortened; bodies never carry our key (it travels in a header).
    private static string Message(JsonNode? node, string text)
    {
        var message = node is JsonObject o ? (o["message"] ?? o["error"] ?? o["response"]?["message"])?.ToJsonString() : null;
        message ??= text;
        message = message.Length <= 300 ? message : message[..300];
        return message.Trim('"');
    }
}
