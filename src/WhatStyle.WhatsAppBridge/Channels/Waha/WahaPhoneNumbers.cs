using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;
using WhatStyle.WhatsAppBridge.Channels.Personal;

namespace WhatStyle.WhatsAppBridge.Channels.Waha;

/// <summary>
/// WAHA's LID map: <c>GET /api/{session}/lids/{lid}</c> answers <c>{lid, pn}</c>, with <c>pn</c> a phone chat id
/// (<c>…@c.us</c>) or null. An answer is remembered: a number for good (the contact then keeps the LID as an alias, so
/// it is asked once per person), "unknown" for 10 minutes, and a failure (engine down, garbage) for 1 minute, so a
/// struggling engine is not asked once per message.
/// </summary>
internal sealed class WahaPhoneNumbers : IPhoneNumberLookup, IDisposable
{
    private static readonly TimeSpan UnknownFor = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan FailedFor = TimeSpan.FromMinutes(1);

    private readonly HttpClient _http;
    private readonly string _session;
    private readonly TimeProvider _time;
    private readonly ILogger<WahaPhoneNumbers> _logger;
    private readonly ConcurrentDictionary<string, (string? Phone, DateTimeOffset Until)> _answers = new(StringComparer.OrdinalIgnoreCase);

    public WahaPhoneNumbers(IOptions<WahaOptions> options, TimeProvider time, ILogger<WahaPhoneNumbers> logger, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        // A lookup runs while a chat is being answered: it must be quick or give up, never hold the reply for long.
        _http = WahaHttp.For(
            new HttpClient(handler ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) }) { Timeout = TimeSpan.FromSeconds(5) },
            settings);

        _session = settings.Session;
        _time = time;
        _logger = logger;
    }

    public async Task<string?> PhoneForAsync(string lid, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(lid);
        var now = _time.GetUtcNow();
        if (_answers.TryGetValue(lid, out var known) && (known.Phone is not null || known.Until > now))
        {
            return known.Phone;
        }

        var (phone, keepFor) = await AskAsync(lid, cancellationToken);
        _answers[lid] = (phone, now + keepFor);
        return phone;
    }

    private async Task<(string? Phone, TimeSpan KeepFor)> AskAsync(string lid, CancellationToken cancellationToken)
    {
        try
        {
            var path = $"api/{Uri.EscapeDataString(_session)}/lids/{Uri.EscapeDataString(lid)}";
            using var response = await _http.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return (null, UnknownFor);
            }

            if (!response.IsSuccessStatusCode)
            {
                _logger.LogWarning("WAHA's LID lookup answered {Status}; the sender stays under the hidden id for now.", (int)response.StatusCode);
                return (null, FailedFor);
            }

            using var document = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(cancellationToken));
            var pn = document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("pn", out var value)
                && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            return Jid.IsPhone(pn) ? (Jid.Person(pn), UnknownFor) : (null, UnknownFor);
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            _logger.LogWarning("WAHA's LID lookup failed ({Error}); the sender stays under the hidden id for now.", ex.GetType().Name);
            return (null, FailedFor);
        }
    }

    public void Dispose() => _http.Dispose();
}
