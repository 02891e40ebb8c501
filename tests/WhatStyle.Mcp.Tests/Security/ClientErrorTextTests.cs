using System.Net;
using System.Net.Http.Json;
using WhatStyle.Mcp.Tests.Support;
using WhatStyle.McpHost.Security;

namespace WhatStyle.Mcp.Tests.Security;

public sealed class ClientErrorTextTests
{
    [Fact]
    public async Task Get_WithoutSessionHeader_400SaysWhatTheClientCanDoNotHowToChangeTheServer()
    {
        await using var server = await HttpTestServer.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/mcp");
        request.Headers.Accept.ParseAdd("text/event-stream");

        using var response = await server.HttpClient.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Mcp-Session-Id", body, StringComparison.Ordinal);
        AssertNoServerAdvice(body);
    }

    [Fact]
    public async Task Post_NonInitializeWithoutSession_400SaysWhatTheClientCanDoNotHowToChangeTheServer()
    {
        await using var server = await HttpTestServer.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/mcp")
        {
            Content = JsonContent.Create(new { jsonrpc = "2.0", id = 1, method = "tools/list", @params = new { } }),
        };
        request.Headers.Accept.ParseAdd("application/json");
        request.Headers.Accept.ParseAdd("text/event-stream");
        request.Headers.TryAddWithoutValidation("MCP-Protocol-Version", "2025-11-25");

        using var response = await server.HttpClient.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("initialize", body, StringComparison.Ordinal);
        AssertNoServerAdvice(body);
    }

    [Theory]
    [InlineData("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32000,\"message\":\"Bad Request: A new session can only be created by an initialize request. Include a valid Mcp-Session-Id header for non-initialize requests, or enable stateless mode by setting HttpServerTransportOptions.SessionMode = HttpServerSessionMode.Stateless if your server doesn\\u0027t need sessions. See https://csharp.sdk.modelcontextprotocol.io/concepts/stateless/stateless.html for more details.\"},\"id\":null}")]
    [InlineData("Bad Request: Mcp-Session-Id header is required for GET and DELETE requests when the server is using sessions. If your server doesn't need sessions, enable stateless mode by setting HttpServerTransportOptions.SessionMode = HttpServerSessionMode.Stateless. See https://csharp.sdk.modelcontextprotocol.io/concepts/stateless/stateless.html for more details.")]
    public void Rewrite_SdkAdviceToTheServerDeveloper_Removed(string body)
    {
        var rewritten = ClientErrorTextMiddleware.Rewrite(body);

        AssertNoServerAdvice(rewritten);
        Assert.Contains("Mcp-Session-Id header", rewritten, StringComparison.Ordinal);
        Assert.EndsWith(body.StartsWith('{') ? "}" : ".", rewritten, StringComparison.Ordinal);
    }

    private static void AssertNoServerAdvice(string body)
    {
        Assert.DoesNotContain("HttpServerTransportOptions", body, StringComparison.Ordinal);
        Assert.DoesNotContain("your server", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("csharp.sdk", body, StringComparison.Ordinal);
    }
}
