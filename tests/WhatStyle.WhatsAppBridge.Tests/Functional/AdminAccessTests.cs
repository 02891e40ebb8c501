using System.Net;
using WhatStyle.WhatsAppBridge.Tests.Support;

namespace WhatStyle.WhatsAppBridge.Tests.Functional;

/// <summary>Who may read <c>/admin/dead-letters</c> (recipients and message text): this machine, directly, only.</summary>
public sealed class AdminAccessTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RequestWithoutARemoteAddress_IsRefusedByDefault()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph);

        // The in-memory test host sets no remote address, as a Unix socket behind a proxy would not.
        var response = await factory.CreateClient().GetAsync(new Uri("/admin/dead-letters", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task RequestWithoutARemoteAddress_IsAnsweredWhenTheOptionAllowsIt_ButNeverWhenForwarded()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph, new Dictionary<string, string?> { ["Bridge:AdminAllowUnknownAddress"] = "true" });
        var client = factory.CreateClient();

        var direct = await client.GetAsync(new Uri("/admin/dead-letters", UriKind.Relative), Ct);
        using var forwarded = new HttpRequestMessage(HttpMethod.Get, "/admin/dead-letters");
        forwarded.Headers.Add("X-Forwarded-For", "203.0.113.7");
        var viaProxy = await client.SendAsync(forwarded, Ct);

        Assert.Equal(HttpStatusCode.OK, direct.StatusCode);
        Assert.Equal("[]", await direct.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.Forbidden, viaProxy.StatusCode);
    }
}
