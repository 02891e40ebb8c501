using System.Text.Json;
using Microsoft.Extensions.Options;
using WhatStyle.WhatsAppBridge.Channels.Personal;

namespace WhatStyle.WhatsAppBridge.Channels.Waha;

/// <summary>
/// WAHA's <c>GET /api/{session}/auth/qr</c>: PNG bytes for <c>Accept: image/png</c>, or <c>{mimetype, data}</c> with
/// base64 for JSON. WAHA answers 422 unless the session is in SCAN_QR_CODE.
/// </summary>
internal sealed class WahaQr : ISessionQr, IDisposable
{
    private readonly HttpClient _http;
    private readonly EngineQr _qr;

    public WahaQr(IOptions<WahaOptions> options, ILogger<WahaQr> logger, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        _http = WahaHttp.For(new HttpClient(handler ?? new SocketsHttpHandler(), disposeHandler: handler is null) { Timeout = EngineQr.Timeout }, settings);
        _qr = new EngineQr(_http, $"api/{Uri.EscapeDataString(settings.Session)}/auth/qr", Base64, logger);
    }

    public Task<byte[]?> FetchAsync(CancellationToken cancellationToken) => _qr.FetchAsync(cancellationToken);

    public void Dispose() => _http.Dispose();

    private static string? Base64(JsonElement answer) =>
        EngineQr.Text(answer, "mimetype") is "image/png" ? EngineQr.Text(answer, "data") : null;
}
