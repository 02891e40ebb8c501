using System.Net;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using WhatStyle.WhatsAppBridge.Channels.Waha;

namespace WhatStyle.WhatsAppBridge.Tests.Channels;

public sealed class WahaPhoneNumbersTests
{
    private const string Lid = "123456789012345@lid";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PhoneFor_KnownLid_IsTheBareNumberAskedOnce()
    {
        var engine = new ScriptedEngine(_ => (HttpStatusCode.OK, """{"lid":"123456789012345@lid","pn":"4917012345678@c.us"}"""));
        using var lookup = Lookup(engine, new FakeTimeProvider());

        Assert.Equal("4917012345678", await lookup.PhoneForAsync(Lid, Ct));
        Assert.Equal("4917012345678", await lookup.PhoneForAsync(Lid, Ct));

        var asked = Assert.Single(engine.Paths);
        Assert.Equal("/api/default/lids/123456789012345%40lid", asked);
    }

    [Fact]
    public async Task PhoneFor_UnknownLid_IsNullAndAskedAgainOnlyAfterTenMinutes()
    {
        var engine = new ScriptedEngine(_ => (HttpStatusCode.NotFound, """{"statusCode":404}"""));
        var time = new FakeTimeProvider();
        using var lookup = Lookup(engine, time);

        Assert.Null(await lookup.PhoneForAsync(Lid, Ct));
        time.Advance(TimeSpan.FromMinutes(9));
        Assert.Null(await lookup.PhoneForAsync(Lid, Ct));
        Assert.Single(engine.Paths);

        time.Advance(TimeSpan.FromMinutes(2));
        Assert.Null(await lookup.PhoneForAsync(Lid, Ct));
        Assert.Equal(2, engine.Paths.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError, """{"message":"boom"}""")]
    [InlineData(HttpStatusCode.OK, "<html>not json</html>")]
    [InlineData(HttpStatusCode.OK, """{"lid":"123456789012345@lid","pn":null}""")]
    [InlineData(HttpStatusCode.OK, """["4917012345678@c.us"]""")]
    [InlineData(HttpStatusCode.OK, """{"pn":"120363041234567890@g.us"}""")]
    public async Task PhoneFor_FailureOrGarbage_IsNullWithoutThrowing(HttpStatusCode status, string body)
    {
        var engine = new ScriptedEngine(_ => (status, body));
        using var lookup = Lookup(engine, new FakeTimeProvider());

        Assert.Null(await lookup.PhoneForAsync(Lid, Ct));
    }

    [Fact]
    public async Task PhoneFor_EngineDown_IsNullAndAskedAgainAfterAMinute()
    {
        var engine = new ScriptedEngine(_ => throw new HttpRequestException("connection refused"));
        var time = new FakeTimeProvider();
        using var lookup = Lookup(engine, time);

        Assert.Null(await lookup.PhoneForAsync(Lid, Ct));
        Assert.Null(await lookup.PhoneForAsync(Lid, Ct));
        Assert.Single(engine.Paths);
        time.Advance(TimeSpan.FromSeconds(61));
        Assert.Null(await lookup.PhoneForAsync(Lid, Ct));
        Assert.Equal(2, engine.Paths.Count);
    }

    private static WahaPhoneNumbers Lookup(ScriptedEngine engine, TimeProvider time) => new(
        Options.Create(new WahaOptions { BaseUrl = new Uri("http://waha.test/"), ApiKey = "key" }), time, NullLogger<WahaPhoneNumbers>.Instance, engine);

    private sealed class ScriptedEngine(Func<HttpRequestMessage, (HttpStatusCode Status, string Body)> answer) : HttpMessageHandler
    {
        public List<string> Paths { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Paths.Add(request.RequestUri!.AbsolutePath);
            Assert.Equal("key", request.Headers.GetValues("X-Api-Key").Single());
            var (status, body) = answer(request);
            return Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
        }
    }
}
