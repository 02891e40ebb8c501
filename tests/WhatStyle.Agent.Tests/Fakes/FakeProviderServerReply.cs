namespace WhatStyle.Agent.Tests.Fakes;

/// <summary>One scripted answer of the fake provider server; rendered per protocol (OpenAI JSON/SSE, Ollama JSON/NDJSON).</summary>
public sealed record FakeProviderServerReply
{
    /// <summary>The assistant text, for a successful answer.</summary>
    public string? Text { get; init; }

    /// <summary>Tool calls to return instead of (or with) text.</summary>
    public IReadOnlyList<FakeToolCall> ToolCalls { get; init; } = [];

    /// <summary>The HTTP status; 200 renders a chat answer, anything else renders <see cref="ErrorBody"/>.</summary>
    public int Status { get; init; } = 200;

    /// <summary>The body of an error answer.</summary>
    public string? ErrorBody { get; init; }

    /// <summary>A Retry-After header (seconds) to send.</summary>
    public int? RetryAfterSeconds { get; init; }

    /// <summary>Wait this long before answering (the wait ends early if the client gives up).</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>Send this raw body with status 200 instead of a chat answer (e.g. garbage JSON).</summary>
    public string? RawBody { get; init; }

    /// <summary>Break the stream with a corrupt event after the first text chunk (or drop the connection at once, for a non-streaming request).</summary>
    public bool DropConnection { get; init; }

    /// <summary>A plain text answer.</summary>
    public static FakeProviderServerReply WithText(string text) => new() { Text = text };

    /// <summary>One tool call; <paramref name="id"/> defaults to an OpenAI-style <c>call_…</c> id.</summary>
    public static FakeProviderServerReply WithToolCall(string name, string argumentsJson = "{}", string? id = null) =>
        new() { ToolCalls = [new FakeToolCall(id ?? $"call_{Guid.NewGuid():N}"[..20], name, argumentsJson)] };

    /// <summary>HTTP 429 with Retry-After.</summary>
    public static FakeProviderServerReply RateLimited(int retryAfterSeconds) => new()
    {
        Status = 429,
        RetryAfterSeconds = retryAfterSeconds,
        ErrorBody = """{"object":"error","message":"Rate limit exceeded","type":"rate_limited","param":null,"code":"1300"}""",
    };

    /// <summary>HTTP 500.</summary>
    public static FakeProviderServerReply ServerError(int status = 500) => new()
    {
        Status = status,
        ErrorBody = """{"error":{"message":"internal error","type":"api_error","param":null,"code":null}}""",
    };

    /// <summary>HTTP 401 (or 403): a rejected key.</summary>
    public static FakeProviderServerReply Unauthorized(int status = 401) => new()
    {
        Status = status,
        ErrorBody = """{"error":{"message":"Incorrect API key provided","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}""",
    };

    /// <summary>Mistral's HTTP 422 for a field it does not accept.</summary>
    public static FakeProviderServerReply ExtraForbidden(string field) => new()
    {
        Status = 422,
        ErrorBody = $$"""{"object":"error","message":{"detail":[{"type":"extra_forbidden","loc":["body","{{field}}"],"msg":"Extra inputs are not permitted","input":1}]},"type":"invalid_request_error","param":null,"code":null}""",
    };

    /// <summary>HTTP 200 with a body that is not JSON.</summary>
    public static FakeProviderServerReply Garbage() => new() { RawBody = "{\"id\": \"chatcmpl-1\", \"choices\": [ this is not json" };

    /// <summary>A stream that starts with <paramref name="text"/> and then breaks: output already reached the caller.</summary>
    public static FakeProviderServerReply BrokenStream(string text) => new() { Text = text, DropConnection = true };

    /// <summary>The same answer, after <paramref name="delay"/>.</summary>
    public FakeProviderServerReply After(TimeSpan delay) => this with { Delay = delay };
}

/// <summary>A tool call in a scripted answer.</summary>
/// <param name="Id">The call id the server sends (Ollama ignores it: OllamaSharp makes its own).</param>
/// <param name="Name">The function name.</param>
/// <param name="ArgumentsJson">The arguments, as a JSON object.</param>
public sealed record FakeToolCall(string Id, string Name, string ArgumentsJson);
