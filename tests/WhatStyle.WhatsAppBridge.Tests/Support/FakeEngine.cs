using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace WhatStyle.WhatsAppBridge.Tests.Support;

/// <summary>
/// A stand-in WhatsApp Web engine on 127.0.0.1:0 serving both WAHA's and Evolution API's send endpoints: records every
/// request, answers with a message id as each API does, can fail for a while, and (like the real engines) posts the
/// bridge's own sends back to it as fromMe webhooks, retrying until they are accepted.
/// </summary>
public sealed class FakeEngine : IAsyncDisposable
{
    public const string ApiKey = "engine-api-key";

    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentBag<Task> _echoes = [];
    private int _counter;
    private volatile Outage? _outage;

    private FakeEngine(WebApplication app) => _app = app;

    /// <summary>Every request: path (e.g. <c>/api/sendText</c>), method and JSON body, in arrival order.</summary>
    public ConcurrentQueue<(string Method, string Path, JsonNode Body)> Requests { get; } = new();

    /// <summary>Accepted text and sticker sends (path, body).</summary>
    public ConcurrentQueue<(string Path, JsonNode Body)> Sends { get; } = new();

    /// <summary>WAHA's LID map (<c>…@lid</c> to <c>…@c.us</c>) served at <c>GET /api/{session}/lids/{lid}</c>; unknown: 404.</summary>
    public ConcurrentDictionary<string, string> Lids { get; } = new();

    /// <summary>
    /// The QR both engines serve while a session waits for a scan: WAHA's <c>GET /api/{session}/auth/qr</c> (PNG bytes,
    /// or <c>{mimetype, data}</c> for JSON) and Evolution's <c>GET /instance/connect/{instance}</c> (<c>base64</c> as a data
    /// URI). Null: WAHA answers 422 and Evolution <c>{count: 0}</c>, as they do for a session not waiting for a scan.
    /// </summary>
    public byte[]? Qr { get; set; }

    /// <summary>How many QR requests arrived.</summary>
    public int QrRequests;

    /// <summary>How many LID lookups arrived.</summary>
    public int LidLookups;

    /// <summary>Requests without the right key header.</summary>
    public int Unauthorised;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Where to post echoes of sends (null: none); <see cref="EchoSigner"/> turns a body into its request.</summary>
    public Uri? EchoUrl { get; set; }

    public HttpMessageHandler? EchoHandler { get; set; }

    /// <summary>Adds the channel's authentication to an echo request (HMAC header, or nothing when the URL carries a token).</summary>
    public Action<HttpRequestMessage, byte[]>? EchoSigner { get; set; }

    public static async Task<FakeEngine> StartAsync(CancellationToken cancellationToken)
    {
        FakeEngine? fake = null;
        var (app, baseUrl) = await StandInServer.StartAsync(
            app =>
            {
                app.MapMethods("/{**path}", ["POST", "PUT"], (HttpRequest request, HttpResponse response) => fake!.HandleAsync(request, response));
                app.MapGet("/api/{session}/lids/{lid}", (string lid, HttpRequest request) => fake!.Lid(lid, request));
                app.MapGet("/api/{session}/auth/qr", (HttpRequest request) => fake!.WahaQr(request));
                app.MapGet("/instance/connect/{instance}", (HttpRequest request) => fake!.EvolutionQr(request));
            },
            cancellationToken);
        fake = new FakeEngine(app) { BaseUrl = baseUrl };
        return fake;
    }

    /// <summary>Every send (not typing or read receipts) is answered with <paramref name="status"/> for <paramref name="duration"/>.</summary>
    public void FailFor(TimeSpan duration, int status, TimeSpan? retryAfter = null) =>
        _outage = new Outage(DateTimeOffset.UtcNow + duration, status, retryAfter);

    public IReadOnlyList<JsonNode> RequestsTo(string path) => [.. Requests.Where(r => r.Path == path).Select(r => r.Body)];

    private IResult WahaQr(HttpRequest request)
    {
        Interlocked.Increment(ref QrRequests);
        if (request.Headers["X-Api-Key"].ToString() != ApiKey)
        {
            Interlocked.Increment(ref Unauthorised);
            return Results.Json(new { statusCode = 401, message = "Unauthorized" }, statusCode: 401);
        }

        if (Qr is not { } qr)
        {
            return Results.Json(new { statusCode = 422, message = "Can get QR code only in SCAN_QR_CODE status." }, statusCode: 422);
        }

        return request.Headers.Accept.ToString().StartsWith("image/png", StringComparison.Ordinal)
            ? Results.Bytes(qr, "image/png")
            : Results.Json(new { mimetype = "image/png", data = Convert.ToBase64String(qr) });
    }

    private IResult EvolutionQr(HttpRequest request)
    {
        Interlocked.Increment(ref QrRequests);
        if (request.Headers["apikey"].ToString() != ApiKey)
        {
            Interlocked.Increment(ref Unauthorised);
            return Results.Json(new { status = 401, error = "Unauthorized" }, statusCode: 401);
        }

        return Qr is { } qr
            ? Results.Json(new { pairingCode = (string?)null, code = "2@stand-in", base64 = "data:image/png;base64," + Convert.ToBase64String(qr), count = 1 })
            : Results.Json(new { count = 0 });
    }

    private IResult Lid(string lid, HttpRequest request)
    {
        Interlocked.Increment(ref LidLookups);
        if (request.Headers["X-Api-Key"].ToString() != ApiKey)
        {
            Interlocked.Increment(ref Unauthorised);
            return Results.Json(new { statusCode = 401, message = "Unauthorized" }, statusCode: 401);
        }

        return Lids.TryGetValue(lid, out var pn) ? Results.Json(new { lid, pn }) : Results.Json(new { statusCode = 404 }, statusCode: 404);
    }

    private async Task<IResult> HandleAsync(HttpRequest request, HttpResponse response)
    {
        var path = request.Path.Value ?? "";
        var text = await new StreamReader(request.Body).ReadToEndAsync();
        var body = text.Length == 0 ? new JsonObject() : JsonNode.Parse(text)!;
        Requests.Enqueue((request.Method, path, body));
        var evolution = path.StartsWith("/message/", StringComparison.Ordinal) || path.StartsWith("/chat/", StringComparison.Ordinal);
        var key = evolution ? request.Headers["apikey"].ToString() : request.Headers["X-Api-Key"].ToString();
        if (key != ApiKey)
        {
            Interlocked.Increment(ref Unauthorised);
            return Results.Json(new { statusCode = 401, message = "Unauthorized" }, statusCode: 401);
        }

        var isSend = path is "/api/sendText" or "/api/sendImage" or "/api/sendSticker"
            || path.StartsWith("/message/sendText/", StringComparison.Ordinal) || path.StartsWith("/message/sendSticker/", StringComparison.Ordinal);
        if (!isSend)
        {
            return Results.Json(new { ok = true });
        }

        if (_outage is { } outage && DateTimeOffset.UtcNow < outage.Until)
        {
            if (outage.RetryAfter is { } retryAfter)
            {
                response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return Results.Json(new { message = "engine unavailable" }, statusCode: outage.Status);
        }

        Sends.Enqueue((path, body));
        var shortId = $"3EB0{Interlocked.Increment(ref _counter):D8}FAKE";
        if (evolution)
        {
            var number = (string?)body["number"] ?? "";
            var jid = number.Contains('@', StringComparison.Ordinal) ? number : number + "@s.whatsapp.net";
            Echo(EvolutionEcho(jid, shortId, (string?)body["text"]));
            return Results.Json(new { key = new { remoteJid = jid, fromMe = true, id = shortId }, status = "PENDING", messageTimestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds() }, statusCode: 201);
        }

        var chat = (string?)body["chatId"] ?? "";
        var id = $"true_{chat}_{shortId}";
        Echo(WahaEcho(chat, id, (string?)body["text"]));
        return Results.Json(new { id, timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds(), from = chat, fromMe = true, body = (string?)body["text"] }, statusCode: 201);
    }

    internal static JsonObject WahaEcho(string chat, string id, string? text) => new()
    {
        ["id"] = $"evt_{Guid.NewGuid():N}",
        ["timestamp"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
        ["event"] = "message.any",
        ["session"] = "default",
        ["me"] = new JsonObject { ["id"] = "15550001111@c.us", ["pushName"] = "Alex" },
        ["payload"] = new JsonObject
        {
            ["id"] = id, ["timestamp"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(), ["from"] = chat, ["fromMe"] = true, ["source"] = "api",
            ["to"] = null, ["body"] = text, ["hasMedia"] = false,
        },
        ["engine"] = "GOWS",
    };

    internal static JsonObject EvolutionEcho(string jid, string id, string? text) => new()
    {
        ["event"] = "messages.upsert",
        ["instance"] = "alex-phone",
        ["data"] = new JsonObject
        {
            ["key"] = new JsonObject { ["remoteJid"] = jid, ["fromMe"] = true, ["id"] = id },
            ["pushName"] = "Alex",
            ["message"] = new JsonObject { ["conversation"] = text },
            ["messageType"] = "conversation",
            ["messageTimestamp"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        },
        ["sender"] = "15550001111@s.whatsapp.net",
        ["apikey"] = ApiKey,
    };

    private void Echo(JsonObject body)
    {
        if (EchoUrl is null)
        {
            return;
        }

        _echoes.Add(Task.Run(() => DeliverAsync(Encoding.UTF8.GetBytes(body.ToJsonString()))));
    }

    private Task DeliverAsync(byte[] bytes) =>
        StandInServer.PostUntilAcceptedAsync(EchoUrl!, bytes, request => EchoSigner?.Invoke(request, bytes), EchoHandler, _stopping.Token);

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        try
        {
            await Task.WhenAll(_echoes);
        }
        catch (OperationCanceledException)
        {
        }

        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private sealed record Outage(DateTimeOffset Until, int Status, TimeSpan? RetryAfter);
}
