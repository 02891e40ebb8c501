using System.Collections.Concurrent;

namespace WhatStyle.Bridge.LoadTest;

/// <summary>The bridge process's output: echoed to stderr as it comes, and its tail kept for the failure report.</summary>
internal sealed class BridgeLog
{
    private const int Keep = 60;
    private readonly ConcurrentQueue<string> _tail = new();

    public IReadOnlyCollection<string> Lines => [.. _tail];

    public void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        Console.Error.WriteLine($"[bridge] {line}");
        _tail.Enqueue(line);
        while (_tail.Count > Keep)
        {
            _tail.TryDequeue(out _);
        }
    }
}
