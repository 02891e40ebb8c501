using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace WhatStyle.Agent.Tests.Fakes;

/// <summary>Renders scripted replies in each protocol: OpenAI/Mistral JSON and SSE, Ollama JSON and NDJSON.</summary>
internal static class FakeProviderServerWriter
{
    public static async Task WriteAsync(HttpContext context, FakeProviderServerReply reply, FakeProviderServerRequest request, bool ollama)
    {
        var cancellationToken = context.RequestAborted;
        if (reply.Delay > TimeSpan.Zero)
        {
            await Task.Delay(reply.Delay, cancellationToken);
        }

        var response = context.Response;
        if (reply.DropConnection && !request.Stream)
        {
            context.Abort();
            return;
        }

        if (reply.RetryAfterSeconds is { } retryAfter)
        {
            response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (reply.Status != 200 || reply.RawBody is not null)
        {
            response.StatusCode = reply.Status;
            response.ContentType = "application/json";
            await response.WriteAsync(reply.RawBody ?? reply.ErrorBody ?? "{}", cancellationToken);
            return;
        }

        var model = request.Json["model"]?.GetValue<string>() ?? "fake-model";
        if (ollama)
        {
            await WriteOllamaAsync(response, reply, model, request.Stream, cancellationToken);
        }
        else
        {
            await WriteOpenAIAsync(response, reply, model, request.Stream, cancellationToken);
        }
    }

    private static async Task BreakIfScriptedAsync(HttpResponse response, FakeProviderServerReply reply, CancellationToken cancellationToken)
    {
        if (reply.DropConnection)
        {
            // A corrupt event rather than a reset: a TCP reset may discard data the client has not read yet, which
            // would make "output had reached the caller" a race. Bytes sent before the garbage always arrive first.
            await response.WriteAsync("data: {\"choices\": [ broken\n\n", cancellationToken);
            await response.Body.FlushAsync(cancellationToken);
            throw new OperationCanceledException("Stream broken by the script.");
        }
    }

    private static async Task WriteOpenAIAsync(HttpResponse response, FakeProviderServerReply reply, string model, bool stream, CancellationToken cancellationToken)
    {
        var finish = reply.ToolCalls.Count > 0 ? "tool_calls" : "stop";
        var usage = new JsonObject { ["prompt_tokens"] = 12, ["completion_tokens"] = 7, ["total_tokens"] = 19 };
        if (!stream)
        {
            var message = new JsonObject { ["role"] = "assistant", ["content"] = reply.Text };
            if (reply.ToolCalls.Count > 0)
            {
                message["tool_calls"] = new JsonArray(reply.ToolCalls.Select(call => (JsonNode)new JsonObject
                {
                    ["id"] = call.Id,
                    ["type"] = "function",
                    ["function"] = new JsonObject { ["name"] = call.Name, ["arguments"] = call.ArgumentsJson },
                }).ToArray());
            }

            response.ContentType = "application/json";
            await response.WriteAsync(Completion("chat.completion", model, new JsonObject
            {
                ["index"] = 0,
                ["message"] = message,
                ["finish_reason"] = finish,
            }, usage).ToJsonString(), cancellationToken);
            return;
        }

        response.ContentType = "text/event-stream";
        await SendEventAsync(response, Chunk(model, new JsonObject { ["role"] = "assistant", ["content"] = "" }, null), cancellationToken);
        foreach (var piece in Split(reply.Text ?? ""))
        {
            await SendEventAsync(response, Chunk(model, new JsonObject { ["content"] = piece }, null), cancellationToken);
            await BreakIfScriptedAsync(response, reply, cancellationToken);
        }

        for (var index = 0; index < reply.ToolCalls.Count; index++)
        {
            var call = reply.ToolCalls[index];
            await SendEventAsync(response, Chunk(model, ToolDelta(index, new JsonObject
            {
                ["id"] = call.Id,
                ["type"] = "function",
                ["function"] = new JsonObject { ["name"] = call.Name, ["arguments"] = "" },
            }), null), cancellationToken);

            // Arguments arrive in fragments, as real providers stream them.
            foreach (var fragment in Split(call.ArgumentsJson))
            {
                await SendEventAsync(response, Chunk(model, ToolDelta(index, new JsonObject
                {
                    ["function"] = new JsonObject { ["arguments"] = fragment },
                }), null), cancellationToken);
            }
        }

        await SendEventAsync(response, Chunk(model, new JsonObject(), finish), cancellationToken);
        var usageChunk = Completion("chat.completion.chunk", model, null, usage);
        await SendEventAsync(response, usageChunk, cancellationToken);
        await response.WriteAsync("data: [DONE]\n\n", cancellationToken);
    }

    private static async Task WriteOllamaAsync(HttpResponse response, FakeProviderServerReply reply, string model, bool stream, CancellationToken cancellationToken)
    {
        var message = new JsonObject { ["role"] = "assistant", ["content"] = reply.Text ?? "" };
        if (reply.ToolCalls.Count > 0)
        {
            message["tool_calls"] = new JsonArray(reply.ToolCalls.Select(call => (JsonNode)new JsonObject
            {
                ["function"] = new JsonObject { ["name"] = call.Name, ["arguments"] = JsonNode.Parse(call.ArgumentsJson) },
            }).ToArray());
        }

        var final = new JsonObject
        {
            ["model"] = model,
            ["created_at"] = "2026-01-01T00:00:00Z",
            ["message"] = message,
            ["done"] = true,
            ["done_reason"] = "stop",
            ["total_duration"] = 1000,
            ["prompt_eval_count"] = 12,
            ["eval_count"] = 7,
        };

        if (!stream)
        {
            response.ContentType = "application/json";
            await response.WriteAsync(final.ToJsonString(), cancellationToken);
            return;
        }

        response.ContentType = "application/x-ndjson";
        foreach (var piece in Split(reply.Text ?? ""))
        {
            var partial = new JsonObject
            {
                ["model"] = model,
                ["created_at"] = "2026-01-01T00:00:00Z",
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = piece },
                ["done"] = false,
            };
            await response.WriteAsync(partial.ToJsonString() + "\n", cancellationToken);
            await BreakIfScriptedAsync(response, reply, cancellationToken);
            await response.Body.FlushAsync(cancellationToken);
        }

        message["content"] = "";
        await response.WriteAsync(final.ToJsonString() + "\n", cancellationToken);
    }

    private static JsonObject Completion(string kind, string model, JsonObject? choice, JsonObject? usage) => new()
    {
        ["id"] = "chatcmpl-fake",
        ["object"] = kind,
        ["created"] = 1_767_225_600,
        ["model"] = model,
        ["choices"] = choice is null ? new JsonArray() : new JsonArray(choice),
        ["usage"] = usage?.DeepClone(),
    };

    private static JsonObject Chunk(string model, JsonObject delta, string? finish) =>
        Completion("chat.completion.chunk", model, new JsonObject { ["index"] = 0, ["delta"] = delta, ["finish_reason"] = finish }, null);

    private static JsonObject ToolDelta(int index, JsonObject call)
    {
        call["index"] = index;
        return new JsonObject { ["tool_calls"] = new JsonArray(call) };
    }

    private static async Task SendEventAsync(HttpResponse response, JsonObject data, CancellationToken cancellationToken)
    {
        await response.WriteAsync($"data: {data.ToJsonString()}\n\n", Encoding.UTF8, cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }

    private static IEnumerable<string> Split(string text)
    {
        if (text.Length == 0)
        {
            yield break;
        }

        var size = Math.Max(1, (text.Length + 2) / 3);
        for (var start = 0; start < text.Length; start += size)
        {
            yield return text.Substring(start, Math.Min(size, text.Length - start));
        }
    }
}
