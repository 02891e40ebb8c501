using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using WhatStyle.WhatsAppBridge.Channels;
using WhatStyle.WhatsAppBridge.Channels.Waha;

namespace WhatStyle.WhatsAppBridge.Tests.Channels;

public sealed class WahaSessionSetupTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static WahaOptions Settings(string hmacKey = "hmac-key", string token = "") => new()
    {
        BaseUrl = new Uri("http://waha.test:3000/"),
        ApiKey = "api-key",
        Session = "default",
        WebhookHmacKey = hmacKey,
        WebhookToken = token,
        PublicBaseUrl = new Uri("http://bridge.test:8080"),
        SetUpSession = true,
    };

    [Fact]
    public async Task SetUp_NoSession_CreatesItStartedWithTheBridgesWebhookAndReportsTheQrStatus()
    {
        var waha = new StandInWaha(existing: null, statusAfterWrite: "SCAN_QR_CODE");
        var session = new ChannelSession(new FakeTimeProvider());

        var done = await SetUpAsync(waha, Settings(), session);

        Assert.True(done);
        var (method, path, body) = waha.Writes.Single();
        Assert.Equal(("POST", "/api/sessions"), (method, path));
        Assert.Equal("default", (string?)body!["name"]);
        Assert.True((bool)body["start"]!);
        var webhook = body["config"]!["webhooks"]![0]!;
        Assert.Equal("http://bridge.test:8080/webhook/waha", (string?)webhook["url"]);
        Assert.Equal("hmac-key", (string?)webhook["hmac"]!["key"]);
        Assert.Equal(WahaWebhookParser.Events, webhook["events"]!.AsArray().Select(e => (string)e!).ToList());
        Assert.Equal("SCAN_QR_CODE", session.Current().Status);
        Assert.All(waha.ApiKeys, key => Assert.Equal("api-key", key));
    }

    [Fact]
    public async Task SetUp_StoppedSessionAndNoHmacKey_UpdatesItWithTheTokenUrlAndStartsIt()
    {
        var waha = new StandInWaha(existing: "STOPPED", statusAfterWrite: "STOPPED", statusAfterStart: "WORKING");
        var session = new ChannelSession(new FakeTimeProvider());

        await SetUpAsync(waha, Settings(hmacKey: "", token: "s3cret"), session);

        Assert.Equal(["PUT /api/sessions/default", "POST /api/sessions/default/start"], waha.Writes.Select(w => $"{w.Method} {w.Path}"));
        var webhook = waha.Writes[0].Body!["config"]!["webhooks"]![0]!;
        Assert.Equal("http://bridge.test:8080/webhook/waha/s3cret", (string?)webhook["url"]);
        Assert.Null(webhook["hmac"]);
        Assert.Equal("WORKING", session.Current().Status);
    }

    [Fact]
    public async Task SetUp_WrongApiKey_StopsWithoutWriting()
    {
        var waha = new StandInWaha(existing: null, statusAfterWrite: "WORKING") { Refuse = true };

        var done = await SetUpAsync(waha, Settings(), new ChannelSession(new FakeTimeProvider()));

        Assert.True(done);
        Assert.Empty(waha.Writes);
    }

    [Fact]
    public async Task SetUp_WahaAnswers500_IsRetriedLater()
    {
        var waha = new StandInWaha(existing: null, statusAfterWrite: "WORKING") { FailGets = true };

        var done = await SetUpAsync(waha, Settings(), new ChannelSession(new FakeTimeProvider()));

        Assert.False(done);
        Assert.Empty(waha.Writes);
    }

    [Fact]
    public void Problems_SetUpWithoutPublicBaseUrl_NamesTheKey()
    {
        var settings = Settings();
        settings.PublicBaseUrl = null;

        Assert.Contains(settings.Problems(), p => p.Contains("Waha:PublicBaseUrl", StringComparison.Ordinal));
    }

    private static async Task<bool> SetUpAsync(StandInWaha waha, WahaOptions settings, ChannelSession session)
    {
        var setup = new WahaSessionSetup(Options.Create(settings), session, new FakeTimeProvider(), NullLogger<WahaSessionSetup>.Instance, waha);
        using var http = WahaHttp.For(new HttpClient(waha, disposeHandler: false), settings);
        return await setup.SetUpAsync(http, settings, Ct);
    }

    /// <summary>WAHA's session endpoints, in memory: one session whose status changes as it is written and started.</summary>
    private sealed class StandInWaha(string? existing, string statusAfterWrite, string? statusAfterStart = null) : HttpMessageHandler
    {
        private string? _status = existing;

        public bool Refuse { get; init; }

        public bool FailGets { get; init; }

        public List<(string Method, string Path, JsonNode? Body)> Writes { get; } = [];

        public List<string> ApiKeys { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            ApiKeys.Add(request.Headers.GetValues("X-Api-Key").Single());
            if (Refuse)
            {
                return Json(HttpStatusCode.Unauthorized, """{"message":"Unauthorized"}""");
            }

            var path = request.RequestUri!.AbsolutePath;
            if (request.Method == HttpMethod.Get)
            {
                return FailGets ? Json(HttpStatusCode.InternalServerError, "{}")
                    : _status is null ? Json(HttpStatusCode.NotFound, """{"statusCode":404}""")
                    : Json(HttpStatusCode.OK, $$"""{"name":"default","status":"{{_status}}"}""");
            }

            var text = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
            Writes.Add((request.Method.Method, path, text.Length == 0 ? null : JsonNode.Parse(text)));
            _status = path.EndsWith("/start", StringComparison.Ordinal) ? statusAfterStart : statusAfterWrite;
            return Json(HttpStatusCode.Created, """{"name":"default"}""");
        }

        private static HttpResponseMessage Json(HttpStatusCode status, string body) =>
            new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
    }
}
