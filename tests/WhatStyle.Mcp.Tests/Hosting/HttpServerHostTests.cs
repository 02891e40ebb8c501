using System.Net;
using ModelContextProtocol.Client;
using WhatStyle.Mcp.Tests.Support;

namespace WhatStyle.Mcp.Tests.Hosting;

public sealed class HttpServerHostTests
{
    [Fact]
    public async Task Health_Get_Returns200()
    {
        await using var server = await HttpTestServer.StartAsync();

        using var response = await server.HttpClient.GetAsync(new Uri("/health", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task StreamableHttp_CurrentProtocolClient_CallsAnalyzeToneWithoutSession()
    {
        await using var server = await HttpTestServer.StartAsync();
        var client = await server.ConnectAsync();

        var result = (await client.CallAsync("analyze_tone", new { text = "great news!" })).Structured();

        Assert.Equal("2026-07-28", client.NegotiatedProtocolVersion);
        Assert.Null(client.SessionId);
        Assert.Equal("great news!", result.GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("2025-11-25")]
    [InlineData("2025-06-18")]
    [InlineData("2025-03-26")]
    public async Task StreamableHttp_InitializeClient_GetsSessionAndCallsTools(string protocolVersion)
    {
        await using var server = await HttpTestServer.StartAsync();
        var client = await server.ConnectAsync(protocolVersion: protocolVersion);

        var tools = await client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken);
        var profile = (await client.CallAsync("get_contact_profile", new { contact = "Anna" })).Structured();

        Assert.Equal(protocolVersion, client.NegotiatedProtocolVersion);
        Assert.NotNull(client.SessionId);
        Assert.Equal(8, tools.Count);
        Assert.Equal("Anna", profile.GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task LegacySse_OlderClient_ListsToolsAndCallsAnalyzeTone()
    {
        await using var server = await HttpTestServer.StartAsync();
        var client = await server.ConnectAsync(HttpTransportMode.Sse);

        var tools = await client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken);
        var result = (await client.CallAsync("analyze_tone", new { text = "so sad 😢" })).Structured();

        Assert.Contains(tools, t => t.Name == "analyze_tone");
        Assert.Equal("negative", result.GetProperty("sentiment").GetProperty("label").GetString());
    }

    [Fact]
    public async Task HostFiltering_ForeignHostHeader_IsRefused()
    {
        await using var server = await HttpTestServer.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health");
        request.Headers.Host = "attacker.example";

        using var response = await server.HttpClient.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
