using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace WhatStyle.WhatsAppBridge.Tests.Support;

/// <summary>
/// A fake WhatsApp Graph API on 127.0.0.1:0: records sends, read receipts and uploads, answers with scripted errors,
/// and (like Meta) posts signed "sent" status webhooks back to the bridge, retrying until they are accepted.
/// </summary>
public sealed class FakeGraphApi : IAsyncDisposable
{
    public const string AccessToken = "test-access-token";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<JsonNode, (int Status, string Body)?>> _script = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentBag<Task> _callbacks = [];
    private readonly long _started = System.Diagnostics.Stopwatch.GetTimestamp();
    private int _counter;
    private int _outageAnswers;
    private volatile Outage? _outage;

    private FakeGraphApi(WebApplication app) => _app = app;

    /// <summary>Every accepted send request body, in arrival order.</summary>
    public ConcurrentQueue<JsonNode> Sends { get; } = new();

    /// <summary>
    /// Every accepted send with when it arrived (on the stopwatch's monotonic clock, from this fake's start), in arrival
    /// order: for rate limits, which <see cref="Sends"/> alone cannot show.
    /// </summary>
    public ConcurrentQueue<TimedSend> TimedSends { get; } = new();

    /// <summary>Every send request, accepted or not.</summary>
    public ConcurrentQueue<JsonNode> Attempts { get; } = new();

    public ConcurrentQueue<JsonNode> ReadReceipts { get; } = new();

    public ConcurrentQueue<string> Uploads { get; } = new();

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Where to post status webhooks (null: none), and the app secret to sign them with.</summary>
    public Uri? StatusCallbackUrl { get; set; }

    public string CallbackSecret { get; set; } = "";

    public HttpMessageHandler? CallbackHandler { get; set; }

    public static async Task<FakeGraphApi> StartAsync(CancellationToken cancellationToken)
    {
        FakeGraphApi? fake = null;
        var (app, baseUrl) = await StandInServer.StartAsync(app =>
        {
            app.MapPost("/{version}/{phone}/messages", (HttpRequest request, HttpResponse response) => fake!.MessagesAsync(request, response));
            app.MapPost("/{version}/{phone}/media", (HttpRequest request) => fake!.MediaAsync(request));
        }, cancellationToken);
        fake = new FakeGraphApi(app) { BaseUrl = baseUrl };
        return fake;
    }

    /// <summary>
    /// An outage: every send (not read receipts) is answered with <paramref name="status"/> and <paramref name="body"/>
    /// (plus <c>Retry-After</c> when given) from now for <paramref name="duration"/>. Attempts answered so are counted in
    /// <see cref="OutageAnswers"/>.
    /// </summary>
    public void FailFor(TimeSpan duration, int status, string body, TimeSpan? retryAfter = null)
    {
        _outage = new Outage(DateTimeOffset.UtcNow + duration, status, body, retryAfter);
    }

    /// <summary>Sends answered by the outage of <see cref="FailFor"/>.</summary>
    public int OutageAnswers => Volatile.Read(ref _outageAnswers);

    /// <summary>When the current or last outage ends.</summary>
    public DateTimeOffset OutageEnds => _outage?.Until ?? DateTimeOffset.MinValue;

    /// <summary>
    /// True: a send is accepted (counted in <see cref="Sends"/>, as WhatsApp would have it) but its answer never comes,
    /// until the caller gives up: the request the bridge sees cut, with its outcome unknown.
    /// </summary>
    public bool HoldAnswers { get; set; }

    /// <summary>Answers the next send with this response when <paramref name="when"/> matches (else the script moves on).</summary>
    public void FailNext(int status, string body) => _script.Enqueue(_ => (status, body));

    public static string Error(int code, string message = "scripted") =>
        new JsonObject { ["error"] = new JsonObject { ["message"] = $"(#{code}) {message}", ["type"] = "OAuthException", ["code"] = code, ["fbtrace_id"] = "fake" } }.ToJsonString();

    /// <summary>The texts sent to a recipient (as the Graph API saw it: +digits or a group id).</summary>
    public IReadOnlyList<JsonNode> SendsTo(string to) => [.. Sends.Where(s => (string?)s["to"] == to)];

    private async Task<IResult> MessagesAsync(HttpRequest request, HttpResponse response)
    {
        if (request.Headers.Authorization.ToString() != $"Bearer {AccessToken}")
        {
            return Results.Content(Error(190, "Invalid OAuth access token"), "application/json", statusCode: 401);
        }

        var body = JsonNode.Parse(await new StreamReader(request.Body).ReadToEndAsync())!;
        if ((string?)body["status"] == "read")
        {
            ReadReceipts.Enqueue(body);
            return Results.Json(new { success = true });
        }

        Attempts.Enqueue(body);
        if (_outage is { } outage && DateTimeOffset.UtcNow < outage.Until)
        {
            Interlocked.Increment(ref _outageAnswers);
            if (outage.RetryAfter is { } retryAfter)
            {
                response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return Results.Content(outage.Body, "application/json", statusCode: outage.Status);
        }

        if (_script.TryDequeue(out var scripted) && scripted(body) is { } failure)
        {
            return Results.Content(failure.Body, "application/json", statusCode: failure.Status);
        }

        var wamid = $"wamid.fake.{Interlocked.Increment(ref _counter)}";
        TimedSends.Enqueue(new TimedSend(System.Diagnostics.Stopwatch.GetElapsedTime(_started), body));
        Sends.Enqueue(body);
        if (HoldAnswers)
        {
            using var held = CancellationTokenSource.CreateLinkedTokenSource(request.HttpContext.RequestAborted, _stopping.Token);
            await Task.Delay(Timeout.Infinite, held.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            return Results.Empty;
        }

        if (StatusCallbackUrl is not null)
        {
            _callbacks.Add(Task.Run(() => DeliverStatusAsync(wamid, (string?)body["to"], (string?)body["biz_opaque_callback_data"])));
        }

        return Results.Json(new { messaging_product = "whatsapp", contacts = new[] { new { input = (string?)body["to"], wa_id = ((string?)body["to"])?.TrimStart('+') } }, messages = new[] { new { id = wamid } } });
    }

    private async Task<IResult> MediaAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        var file = form.Files["file"];
        Uploads.Enqueue($"{file?.FileName}|{form["type"]}|{form["messaging_product"]}");
        return Results.Json(new { id = $"media-{Interlocked.Increment(ref _counter)}" });
    }

    private async Task DeliverStatusAsync(string wamid, string? to, string? callbackData)
    {
        var payload = new JsonObject
        {
            ["object"] = "whatsapp_business_account",
            ["entry"] = new JsonArray(new JsonObject
            {
                ["id"] = "waba",
                ["changes"] = new JsonArray(new JsonObject
                {
                    ["field"] = "messages",
                    ["value"] = new JsonObject
                    {
                        ["messaging_product"] = "whatsapp",
                        ["metadata"] = new JsonObject { ["display_phone_number"] = "15550000000", ["phone_number_id"] = "fake-phone" },
                        ["statuses"] = new JsonArray(new JsonObject
                        {
                            ["id"] = wamid,
                            ["status"] = "sent",
                            ["timestamp"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
                            ["recipient_id"] = to?.TrimStart('+'),
                            ["biz_opaque_callback_data"] = callbackData,
                        }),
                    },
                }),
            }),
        };
        var bytes = Encoding.UTF8.GetBytes(payload.ToJsonString());
        var signature = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(CallbackSecret), bytes));
        await StandInServer.PostUntilAcceptedAsync(
            StatusCallbackUrl!, bytes, request => request.Headers.Add("X-Hub-Signature-256", signature), CallbackHandler, _stopping.Token);
    }

    /// <summary>An accepted send and when it arrived (time since the fake started).</summary>
    public sealed record TimedSend(TimeSpan At, JsonNode Body);

    private sealed record Outage(DateTimeOffset Until, int Status, string Body, TimeSpan? RetryAfter);

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await Task.WhenAll(_callbacks);
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }
}
