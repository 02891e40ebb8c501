using System.Net.Http.Headers;
using System.Text.Json;
using WhatStyle.Dashboard.Bridge;

namespace WhatStyle.WhatsAppBridge.Channels.Personal;

/// <summary>
/// One GET to an engine's QR endpoint, answered either with PNG bytes or with JSON carrying base64
/// (<paramref name="base64Of"/> finds it). Failures of any kind give null: the page says to scan from the engine instead.
/// </summary>
internal sealed class EngineQr(HttpClient http, string path, Func<JsonElement, string?> base64Of, ILogger logger)
{
    /// <summary>The engine answers in a moment or not at all; the owner's page must not wait for it.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<byte[]?> FetchAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("image/png"));
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json", 0.5));
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogDebug("The engine answered {Status} when asked for the QR.", (int)response.StatusCode);
                return null;
            }

            if (response.Content.Headers.ContentLength > QrPng.MaxBytes * 2)
            {
                return null;
            }

            var bytes = await response.Content.ReadAsByteArrayAsync(timeout.Token);
            if (response.Content.Headers.ContentType?.MediaType is "image/png")
            {
                return QrPng.OrNull(bytes);
            }

            using var document = JsonDocument.Parse(bytes);
            return QrPng.FromBase64(base64Of(document.RootElement));
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or InvalidOperationException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            logger.LogDebug("The QR could not be fetched from the engine ({Error}).", ex.GetType().Name);
            return null;
        }
    }

    /// <summary>A string property of a JSON object, or null.</summary>
    public static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
