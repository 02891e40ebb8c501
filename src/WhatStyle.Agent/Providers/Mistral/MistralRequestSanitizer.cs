using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace WhatStyle.Agent.Providers.Mistral;

/// <summary>
/// Rewrites OpenAI-SDK chat requests into what Mistral's OpenAI-compatible endpoint accepts. Mistral rejects unknown
/// fields with HTTP 422 <c>extra_forbidden</c> and its schema moves, so this keeps an allow-list rather than a
/// deny-list: <c>max_completion_tokens</c>→<c>max_tokens</c>, <c>seed</c>→<c>random_seed</c>, everything else
/// outside the list (<c>stream_options</c>, <c>store</c>, <c>user</c>, …) dropped, per-role message keys trimmed, and
/// tool-call ids rewritten to 9 alphanumerics consistently across assistant calls and tool results.
/// </summary>
/// <remarks>Sits on the Mistral-only HttpClient, so it serves both the M.E.AI and the Semantic Kernel paths.</remarks>
internal sealed class MistralRequestSanitizer : DelegatingHandler
{
    private static readonly HashSet<string> RequestFields = new(StringComparer.Ordinal)
    {
        "model", "messages", "temperature", "top_p", "max_tokens", "stream", "stop", "random_seed", "metadata",
        "response_format", "tools", "tool_choice", "presence_penalty", "frequency_penalty", "n", "prediction",
        "parallel_tool_calls", "reasoning_effort", "prompt_mode", "guardrails", "prompt_cache_key", "safe_prompt",
    };

    private static readonly Dictionary<string, HashSet<string>> MessageFields = new(StringComparer.Ordinal)
    {
        ["system"] = new(StringComparer.Ordinal) { "role", "content" },
        ["user"] = new(StringComparer.Ordinal) { "role", "content" },
        ["assistant"] = new(StringComparer.Ordinal) { "role", "content", "tool_calls", "prefix" },
        ["tool"] = new(StringComparer.Ordinal) { "role", "content", "tool_call_id", "name" },
    };

    private static readonly HashSet<string> ToolCallFields = new(StringComparer.Ordinal) { "id", "type", "function", "index" };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Method == HttpMethod.Post
            && request.Content is not null
            && request.RequestUri?.AbsolutePath.EndsWith("/chat/completions", StringComparison.Ordinal) == true)
        {
            var body = await request.Content.ReadAsStringAsync(cancellationToken);
            if (JsonNode.Parse(body) is JsonObject json)
            {
                var headers = request.Content.Headers;
                var content = new StringContent(Sanitize(json).ToJsonString(), Encoding.UTF8, "application/json");
                foreach (var header in headers.Where(header => !header.Key.StartsWith("Content-", StringComparison.OrdinalIgnoreCase)))
                {
                    content.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }

                content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                request.Content = content;
            }
        }

        return await base.SendAsync(request, cancellationToken);
    }

    /// <summary>Returns the request body Mistral accepts (the argument is modified in place and returned).</summary>
    internal static JsonObject Sanitize(JsonObject request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Rename(request, "max_completion_tokens", "max_tokens");
        Rename(request, "seed", "random_seed");
        foreach (var key in request.Select(property => property.Key).Where(key => !RequestFields.Contains(key)).ToList())
        {
            request.Remove(key);
        }

        if (request["messages"] is JsonArray messages)
        {
            SanitizeMessages(messages);
        }

        return request;
    }

    private static void SanitizeMessages(JsonArray messages)
    {
        var ids = new MistralToolCallIds();
        foreach (var message in messages.OfType<JsonObject>())
        {
            // Valid ids are reserved first, so a rewritten id never takes the name of one already in the history.
            foreach (var id in ToolCallIds(message))
            {
                ids.Reserve(id);
            }
        }

        foreach (var message in messages.OfType<JsonObject>())
        {
            var role = StringOf(message["role"]) ?? "";
            if (MessageFields.TryGetValue(role, out var allowed))
            {
                foreach (var key in message.Select(property => property.Key).Where(key => !allowed.Contains(key)).ToList())
                {
                    message.Remove(key);
                }
            }

            if (message["tool_calls"] is JsonArray calls)
            {
                foreach (var call in calls.OfType<JsonObject>())
                {
                    foreach (var key in call.Select(property => property.Key).Where(key => !ToolCallFields.Contains(key)).ToList())
                    {
                        call.Remove(key);
                    }

                    if (StringOf(call["id"]) is { } id)
                    {
                        call["id"] = ids.Map(id);
                    }
                }
            }

            if (StringOf(message["tool_call_id"]) is { } toolCallId)
            {
                message["tool_call_id"] = ids.Map(toolCallId);
            }
        }
    }

    private static IEnumerable<string> ToolCallIds(JsonObject message)
    {
        if (message["tool_calls"] is JsonArray calls)
        {
            foreach (var call in calls.OfType<JsonObject>())
            {
                if (StringOf(call["id"]) is { } id)
                {
                    yield return id;
                }
            }
        }

        if (StringOf(message["tool_call_id"]) is { } toolCallId)
        {
            yield return toolCallId;
        }
    }

    private static string? StringOf(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static void Rename(JsonObject json, string from, string to)
    {
        if (json[from] is not { } value)
        {
            json.Remove(from);
            return;
        }

        json.Remove(from);
        if (!json.ContainsKey(to))
        {
            json[to] = value;
        }
    }
}
