using System.Text.Json;
using Microsoft.Extensions.Options;
using WhatStyle.WhatsAppBridge.Channels.Personal;

namespace WhatStyle.WhatsAppBridge.Channels.Evolution;

/// <summary>
/// Evolution API's <c>GET /instance/connect/{instance}</c>: <c>{pairingCode, code, base64, count}</c>, where
/// <c>base64</c> is the QR as a <c>data:image/png;base64,</c> URI (some versions nest it as <c>qrcode.base64</c>).
/// </summary>
internal sealed class EvolutionQr : ISessionQr, IDisposable
{
    private readonly HttpClient _http;
    private readonly EngineQr _qr;

    public EvolutionQr(IOptions<EvolutionOptions> options, ILogger<EvolutionQr> logger, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        _http = new HttpClient(handler ?? new SocketsHttpHandler(), disposeHandler: handler is null) { Timeout = EngineQr.Timeout, BaseAddress = settings.BaseUrl };
        _http.DefaultRequestHeaders.Add("apikey", settings.ApiKey);
        _qr = new EngineQr(_http, $"instance/connect/{Uri.EscapeDataString(settings.Instance)}", Base64, logger);
    }

    public Task<byte[]?> FetchAsync(CancellationToken cancellationToken) => _qr.FetchAsync(cancellationToken);

    public void Dispose() => _http.Dispose();

    private static string? Base64(JsonElement answer) =>
        EngineQr.Text(answer, "base64")
        ?? (answer.ValueKind == JsonValueKind.Object && answer.TryGetProperty("qrcode", out var nested) ? EngineQr.Text(nested, "base64") : null);
}
