using System.Collections.Concurrent;

namespace WhatStyle.Agent.Tests.Fakes;

/// <summary>One scripted endpoint of the fake provider server: answers queued replies in order, then the default.</summary>
public sealed class FakeProviderServerRoute(string name)
{
    private readonly ConcurrentQueue<FakeProviderServerReply> script = new();
    private readonly ConcurrentQueue<FakeProviderServerRequest> requests = new();

    /// <summary>The route's name (mistral, openai, ollama), used in the default answer.</summary>
    public string Name { get; } = name;

    /// <summary>The answer once the script is used up. Default: a text naming the route.</summary>
    public FakeProviderServerReply Default { get; set; } = FakeProviderServerReply.WithText($"reply from {name}");

    /// <summary>Every request received, in order.</summary>
    public IReadOnlyList<FakeProviderServerRequest> Requests => requests.ToArray();

    /// <summary>How many requests arrived.</summary>
    public int CallCount => requests.Count;

    /// <summary>Queues answers for the next requests, in order.</summary>
    public FakeProviderServerRoute Enqueue(params FakeProviderServerReply[] replies)
    {
        foreach (var reply in replies)
        {
            script.Enqueue(reply);
        }

        return this;
    }

    internal FakeProviderServerReply Next(FakeProviderServerRequest request)
    {
        requests.Enqueue(request);
        return script.TryDequeue(out var reply) ? reply : Default;
    }
}
