using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace WhatStyle.Agent.Tests.Fakes;

/// <summary>
/// A fake LLM provider on 127.0.0.1 with a random port, scripted per test: OpenAI and Mistral chat completions
/// (JSON and SSE, streamed tool calls included) and Ollama's <c>/api/chat</c> (JSON and NDJSON). It records every
/// request body, so tests can check what was actually sent (e.g. to Mistral after the sanitiser).
/// </summary>
/// <example>
/// <code>
/// await using var server = await FakeProviderServer.StartAsync(TestContext.Current.CancellationToken);
/// server.Mistral.Enqueue(FakeProviderServerReply.RateLimited(30));
/// var config = server.Configuration(); // Providers:* pointing at this server, with test keys
/// </code>
/// </example>
public sealed class FakeProviderServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private FakeProviderServer(WebApplication app, Uri baseAddress)
    {
        this.app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>The server's root, e.g. http://127.0.0.1:54321/.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Mistral's route: POST /mistral/v1/chat/completions.</summary>
    public FakeProviderServerRoute Mistral { get; } = new("mistral");

    /// <summary>OpenAI's route: POST /openai/v1/chat/completions.</summary>
    public FakeProviderServerRoute OpenAI { get; } = new("openai");

    /// <summary>Ollama's route: POST /api/chat (GET /api/version answers the reachability probe).</summary>
    public FakeProviderServerRoute Ollama { get; } = new("ollama");

    /// <summary>False makes GET /api/version answer 503, so the chain treats Ollama as unreachable.</summary>
    public bool OllamaReachable { get; set; } = true;

    /// <summary>How many reachability probes Ollama received.</summary>
    public int OllamaProbeCount => probeCount;

    /// <summary>The endpoint to configure for Mistral.</summary>
    public Uri MistralEndpoint => new(BaseAddress, "mistral/v1");

    /// <summary>The endpoint to configure for OpenAI.</summary>
    public Uri OpenAIEndpoint => new(BaseAddress, "openai/v1");

    /// <summary>The endpoint to configure for Ollama.</summary>
    public Uri OllamaEndpoint => BaseAddress;

    private int probeCount;

    /// <summary>Starts a server on a free loopback port.</summary>
    public static async Task<FakeProviderServer> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        FakeProviderServer? server = null;

        app.MapPost("/mistral/v1/chat/completions", context => server!.HandleAsync(context, server.Mistral, ollama: false));
        app.MapPost("/openai/v1/chat/completions", context => server!.HandleAsync(context, server.OpenAI, ollama: false));
        app.MapPost("/api/chat", context => server!.HandleAsync(context, server.Ollama, ollama: true));
        app.MapGet("/api/version", context =>
        {
            Interlocked.Increment(ref server!.probeCount);
            context.Response.StatusCode = server.OllamaReachable ? 200 : 503;
            return context.Response.WriteAsync("""{"version":"0.12.0"}""", context.RequestAborted);
        });

        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new FakeProviderServer(app, new Uri(address.TrimEnd('/') + "/"));
        return server;
    }

    /// <summary>
    /// Configuration pointing every provider at this server with test keys and short timeouts; override or add
    /// entries with <paramref name="overrides"/> (a null value removes the key).
    /// </summary>
    public Dictionary<string, string?> Configuration(params (string Key, string? Value)[] overrides)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Providers:Mistral:ApiKey"] = "test-mistral-key",
            ["Providers:Mistral:Endpoint"] = MistralEndpoint.ToString(),
            ["Providers:Mistral:Model"] = "mistral-small-latest",
            ["Providers:Mistral:TimeoutSeconds"] = "5",
            ["Providers:OpenAI:ApiKey"] = "test-openai-key",
            ["Providers:OpenAI:Endpoint"] = OpenAIEndpoint.ToString(),
            ["Providers:OpenAI:Model"] = "gpt-4o-mini",
            ["Providers:OpenAI:TimeoutSeconds"] = "5",
            ["Providers:Ollama:Endpoint"] = OllamaEndpoint.ToString(),
            ["Providers:Ollama:Model"] = "llama3.2",
            ["Providers:Ollama:TimeoutSeconds"] = "5",
            ["Providers:DeadlineSeconds"] = "15",
        };
        foreach (var (key, value) in overrides)
        {
            if (value is null)
            {
                settings.Remove(key);
            }
            else
            {
                settings[key] = value;
            }
        }

        return settings;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync(CancellationToken.None);
        await app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context, FakeProviderServerRoute route, bool ollama)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var request = new FakeProviderServerRequest(context.Request.Path, body, context.Request.Headers.Authorization.ToString());
        var reply = route.Next(request);
        try
        {
            await FakeProviderServerWriter.WriteAsync(context, reply, request, ollama);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested || reply.DropConnection)
        {
            // The client gave up (a timeout test) or the script dropped the connection: nothing more to send.
        }
    }
}
