using System.Net;
using System.Net.Http.Json;
using WhatStyle.Mcp.Tests.Support;

namespace WhatStyle.Mcp.Tests.Security;

public sealed class OriginValidationTests
{
    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("evil")]
    [InlineData("null")]
    [InlineData("http://localhost.evil.example")]
    public async Task Mcp_ForeignOriginCallingAWriteTool_Returns403(string origin)
    {
        await using var server = await HttpTestServer.StartAsync();

        using var response = await PostAsync(server, origin, RecordMessage("Mallory wrote this"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("origin is not allowed", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("http://localhost:6274")]
    [InlineData("http://127.0.0.1:5077")]
    [InlineData("http://[::1]:3000")]
    public async Task Mcp_NoOriginOrLoopbackOrigin_Served(string? origin)
    {
        await using var server = await HttpTestServer.StartAsync();

        using var response = await PostAsync(server, origin, Initialize());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("--McpServer:AllowedOrigins=https://inspector.example;https://other.example")]
    [InlineData("--McpServer:AllowedOrigins:0=https://inspector.example/")]
    public async Task Mcp_ConfiguredOrigin_Served(string setting)
    {
        await using var server = await HttpTestServer.StartAsync(setting);

        using var allowed = await PostAsync(server, "https://inspector.example", Initialize());
        using var other = await PostAsync(server, "https://evil.example", Initialize());

        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
    }

    private static object Initialize() => new
    {
        jsonrpc = "2.0",
        id = 1,
        method = "initialize",
        @params = new { protocolVersion = "2025-11-25", capabilities = new { }, clientInfo = new { name = "curl", version = "1" } },
    };

    private static object RecordMessage(string text) => new
    {
        jsonrpc = "2.0",
        id = 2,
        method = "tools/call",
        @params = new { name = "record_message", arguments = new { contact = "Anna", direction = "incoming", text } },
    };

    private static async Task<HttpResponseMessage> PostAsync(HttpTestServer server, string? origin, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/mcp") { Content = JsonContent.Create(body) };
        request.Headers.Accept.ParseAdd("application/json");
        request.Headers.Accept.ParseAdd("text/event-stream");
        if (origin is not null)
        {
            request.Headers.TryAddWithoutValidation("Origin", origin);
        }

        return await server.HttpClient.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
