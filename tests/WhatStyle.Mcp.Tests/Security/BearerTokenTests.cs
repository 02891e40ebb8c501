using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;
using ModelContextProtocol.Client;
using WhatStyle.McpHost.Hosting;
using WhatStyle.Mcp.Tests.Support;

namespace WhatStyle.Mcp.Tests.Security;

public sealed class BearerTokenTests
{
    private const string ApiKey = "test-key-0123456789abcdef";
    private static readonly string[] BeyondLoopback = ["--urls", "http://0.0.0.0:5077", $"--McpServer:ApiKey={ApiKey}"];

    [Fact]
    public async Task Mcp_BeyondLoopbackWithoutToken_Returns401()
    {
        await using var server = await HttpTestServer.StartAsync(BeyondLoopback);

        using var response = await PostInitializeAsync(server, token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.DoesNotContain(ApiKey, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("wrong-key-0123456789abcdef")]
    [InlineData("test-key-0123456789abcde")]
    [InlineData("")]
    public async Task Mcp_BeyondLoopbackWithWrongToken_Returns401(string token)
    {
        await using var server = await HttpTestServer.StartAsync(BeyondLoopback);

        using var response = await PostInitializeAsync(server, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Mcp_BeyondLoopbackWithToken_ServesTools()
    {
        await using var server = await HttpTestServer.StartAsync(BeyondLoopback);

        var client = await server.ConnectAsync(bearerToken: ApiKey);
        var tools = await client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(8, tools.Count);
    }

    [Fact]
    public async Task LegacySse_BeyondLoopbackWithoutToken_Returns401()
    {
        await using var server = await HttpTestServer.StartAsync(BeyondLoopback);

        using var response = await server.HttpClient.GetAsync(new Uri("/mcp/sse", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Health_BeyondLoopbackWithoutToken_StaysOpen()
    {
        await using var server = await HttpTestServer.StartAsync(BeyondLoopback);

        using var response = await server.HttpClient.GetAsync(new Uri("/health", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Mcp_LoopbackWithoutKey_NeedsNoToken()
    {
        await using var server = await HttpTestServer.StartAsync("--urls", "http://127.0.0.1:5077");

        using var response = await PostInitializeAsync(server, token: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("http://0.0.0.0:5077")]
    [InlineData("http://*:5077")]
    [InlineData("http://127.0.0.1:5077;http://192.168.1.20:5077")]
    public void Build_BeyondLoopbackWithoutKey_RefusesToStart(string urls)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("whatstyle-mcp-auth-").FullName;
        try
        {
            var error = Assert.Throws<OptionsValidationException>(() =>
                HttpServerHost.Build(ServerCommandLine.Parse(["--http", "--urls", urls]), dataDirectory,
                    b => TestDomain.AddFakesForMissing(b.Services, dataDirectory)));

            Assert.Contains("WHATSTYLE_MCP_API_KEY", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    [Fact]
    public void Build_ShortKey_RefusesToStart()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("whatstyle-mcp-auth-").FullName;
        try
        {
            Assert.Throws<OptionsValidationException>(() =>
                HttpServerHost.Build(ServerCommandLine.Parse(["--http", "--McpServer:ApiKey=short"]), dataDirectory));
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    private static async Task<HttpResponseMessage> PostInitializeAsync(HttpTestServer server, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/mcp")
        {
            Content = JsonContent.Create(new
            {
                jsonrpc = "2.0",
                id = 1,
                method = "initialize",
                @params = new { protocolVersion = "2025-11-25", capabilities = new { }, clientInfo = new { name = "curl", version = "1" } },
            }),
        };
        request.Headers.Accept.ParseAdd("application/json");
        request.Headers.Accept.ParseAdd("text/event-stream");
        if (token is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {token}");
        }

        return await server.HttpClient.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
