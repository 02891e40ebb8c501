using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using WhatStyle.WhatsAppBridge.Inbox;
using WhatStyle.WhatsAppBridge.Storage;
using WhatStyle.WhatsAppBridge.Tests.Support;

namespace WhatStyle.WhatsAppBridge.Tests.Functional;

public sealed class WebhookEndpointTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("1158201444")]
    [InlineData("0042")]
    [InlineData("challenge-ä-string")]
    public async Task Get_SubscribeWithRightToken_EchoesChallengeVerbatim(string challenge)
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph);
        var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri($"/webhook?hub.mode=subscribe&hub.verify_token={BridgeFactory.VerifyToken}&hub.challenge={Uri.EscapeDataString(challenge)}", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(challenge, await response.Content.ReadAsStringAsync(Ct));
    }

    [Theory]
    [InlineData("subscribe", "wrong")]
    [InlineData("unsubscribe", BridgeFactory.VerifyToken)]
    [InlineData("", BridgeFactory.VerifyToken)]
    public async Task Get_WrongModeOrToken_Returns403(string mode, string token)
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph);
        var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri($"/webhook?hub.mode={mode}&hub.verify_token={token}&hub.challenge=123", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Post_SignatureVector_IsAcceptedAndDecodedFromTheExactBytes()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph, new Dictionary<string, string?> { ["Bridge:MaxMessageAge"] = "36500.00:00:00" });
        var client = factory.CreateClient();
        var body = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Webhooks", "Fixtures", "body_escaped.bin"));

        var response = await Webhook.PostAsync(client, body, "sha256=e4101e29e9259146142705c69752d268654c4176b982dd61cc967f09aa98d30e", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var database = factory.Services.GetRequiredService<BridgeDatabase>();
        await Webhook.EventuallyAsync(() => database.Messages.Count() == 1, "message stored");
        var message = database.Messages.FindAll().Single();
        Assert.Equal("Olá 😀 https://example.com/a", message.Text);
        Assert.Equal("José Müller", message.SenderName);
    }

    [Fact]
    public async Task Post_ReserialisedBodyWithOriginalSignature_Returns401()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph);
        var client = factory.CreateClient();
        var body = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Webhooks", "Fixtures", "body_reserialized_utf8.bin"));

        var response = await Webhook.PostAsync(client, body, "sha256=e4101e29e9259146142705c69752d268654c4176b982dd61cc967f09aa98d30e", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_MissingOrWrongSignature_Returns401AndStoresNothing()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph);
        var client = factory.CreateClient();
        var body = Encoding.UTF8.GetBytes(Webhook.Body([Webhook.Text("491", "hi")]));

        var missing = await Webhook.PostAsync(client, body, null, Ct);
        var wrong = await Webhook.PostAsync(client, body, "sha256=" + new string('0', 64), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(0, factory.Services.GetRequiredService<InboxLog>().BacklogBytes(InboxLog.Start));
    }

    [Fact]
    public async Task Post_BodyAbove3MB_Returns413()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph);
        var client = factory.CreateClient();
        var body = Encoding.UTF8.GetBytes("{\"pad\":\"" + new string('x', (3 * 1024 * 1024) + 10) + "\"}");

        var response = await Webhook.PostAsync(client, body, WhatStyle.WhatsAppBridge.Webhooks.WebhookSignature.Compute(body, BridgeFactory.AppSecret), Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("{\"entry\": [")]
    [InlineData("{\"entry\": []} trailing")]
    [InlineData("")]
    public async Task Post_MalformedJsonWithValidSignature_Returns400(string body)
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph);
        var client = factory.CreateClient();

        var response = await Webhook.PostAsync(client, body, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
