using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace WhatStyle.WhatsAppBridge.Channels.Waha;

/// <summary>
/// With <c>Waha:SetUpSession</c>, points the WAHA session at this bridge when it starts: creates the session (or updates
/// an existing one) with the bridge's webhook URL, the events the parser reads and the HMAC key, starts it if stopped,
/// and reports its status. A session waiting for its QR gets a log line saying where to scan it. WAHA being down at
/// that moment is retried with backoff; a refused API key is said once and not retried.
/// </summary>
internal sealed class WahaSessionSetup(
    IOptions<WahaOptions> options, ChannelSession session, TimeProvider time, ILogger<WahaSessionSetup> logger, HttpMessageHandler? handler = null)
    : BackgroundService
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan LastRetry = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.SetUpSession)
        {
            return;
        }

        using var http = Client(settings);
        for (var wait = FirstRetry; !stoppingToken.IsCancellationRequested; wait = wait * 2 > LastRetry ? LastRetry : wait * 2)
        {
            try
            {
                if (await SetUpAsync(http, settings, stoppingToken))
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or JsonException || (ex is TaskCanceledException && !stoppingToken.IsCancellationRequested))
            {
                logger.LogWarning("WAHA session set-up failed ({Error}); trying again in {Wait}.", ex.GetType().Name, wait);
            }

            await Task.Delay(wait, time, stoppingToken);
        }
    }

    /// <returns>True when done (set up, or refused for good); false to try again.</returns>
    internal async Task<bool> SetUpAsync(HttpClient http, WahaOptions settings, CancellationToken cancellationToken)
    {
        var name = settings.Session;
        var path = $"api/sessions/{Uri.EscapeDataString(name)}";
        using var existing = await http.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
        if (Refused(existing))
        {
            return true;
        }

        var body = new JsonObject { ["name"] = name, ["config"] = Config(settings) };
        HttpResponseMessage written;
        if (existing.StatusCode == HttpStatusCode.NotFound)
        {
            body["start"] = true;
            written = await http.PostAsJsonAsync(new Uri("api/sessions", UriKind.Relative), body, cancellationToken);
        }
        else if (existing.IsSuccessStatusCode)
        {
            written = await http.PutAsJsonAsync(new Uri(path, UriKind.Relative), body, cancellationToken);
        }
        else
        {
            logger.LogWarning("WAHA answered {Status} when asked for session '{Session}'.", (int)existing.StatusCode, name);
            return false;
        }

        using (written)
        {
            if (Refused(written))
            {
                return true;
            }

            if (!written.IsSuccessStatusCode)
            {
                logger.LogWarning("WAHA answered {Status} when the session's webhook was written.", (int)written.StatusCode);
                return false;
            }
        }

        var status = await StatusAsync(http, path, cancellationToken);
        if (status is "STOPPED" or "FAILED")
        {
            using var started = await http.PostAsync(new Uri(path + "/start", UriKind.Relative), JsonContent.Create(new JsonObject()), cancellationToken);
            status = await StatusAsync(http, path, cancellationToken);
        }

        if (status is not null)
        {
            session.Report(status);
        }

        logger.LogInformation("WAHA session '{Session}' posts to this bridge; its status is {Status}.", name, status ?? "unknown");
        if (status == ChannelSession.ScanQrCode)
        {
            logger.LogWarning(
                "WAHA session '{Session}' needs its QR scanned: in WhatsApp on the phone open Linked devices and scan the QR from WAHA's " +
                "dashboard ({Dashboard}) or from GET {Qr} (header X-Api-Key).",
                name, new Uri(settings.BaseUrl!, "dashboard"), new Uri(settings.BaseUrl!, $"api/{Uri.EscapeDataString(name)}/auth/qr"));
        }

        return true;
    }

    /// <summary>The session's webhook: this bridge's WAHA endpoint (with the URL token when there is no HMAC key).</summary>
    internal static JsonObject Config(WahaOptions settings)
    {
        var path = string.IsNullOrEmpty(settings.WebhookHmacKey)
            ? $"{WahaWebhookApi.Path}/{Uri.EscapeDataString(settings.WebhookToken)}"
            : WahaWebhookApi.Path;
        var webhook = new JsonObject
        {
            ["url"] = new Uri(settings.PublicBaseUrl!, path).ToString(),
            ["events"] = new JsonArray([.. WahaWebhookParser.Events.Select(e => JsonValue.Create(e))]),
            // WAHA retries too; the bridge acknowledges only what its inbox log holds, so retries lose nothing.
            ["retries"] = new JsonObject { ["policy"] = "exponential", ["delaySeconds"] = 2, ["attempts"] = 15 },
        };
        if (!string.IsNullOrEmpty(settings.WebhookHmacKey))
        {
            webhook["hmac"] = new JsonObject { ["key"] = settings.WebhookHmacKey };
        }

        return new JsonObject { ["webhooks"] = new JsonArray(webhook) };
    }

    private static async Task<string?> StatusAsync(HttpClient http, string path, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        using var document = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(cancellationToken));
        return document.RootElement.ValueKind == JsonValueKind.Object
            && document.RootElement.TryGetProperty("status", out var status) && status.ValueKind == JsonValueKind.String
            ? status.GetString()
            : null;
    }

    private bool Refused(HttpResponseMessage response)
    {
        if (response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden))
        {
            return false;
        }

        logger.LogError("WAHA refused the bridge's API key (Waha:ApiKey): the session was not set up.");
        return true;
    }

    private HttpClient Client(WahaOptions settings) =>
        WahaHttp.For(new HttpClient(handler ?? new SocketsHttpHandler(), disposeHandler: handler is null) { Timeout = TimeSpan.FromSeconds(30) }, settings);
}
