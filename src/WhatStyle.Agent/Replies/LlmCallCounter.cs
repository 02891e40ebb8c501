namespace WhatStyle.Agent.Replies;

/// <summary>Model calls and prompt tokens of one reply (the benchmark and <c>--json</c> report them).</summary>
public sealed class LlmCallCounter
{
    private int _calls;
    private int _failed;
    private long _promptTokens;

    /// <summary>Calls a model answered.</summary>
    public int Calls => _calls;

    /// <summary>Calls attempted that no provider answered: they cost tokens but wrote nothing.</summary>
    public int Failed => _failed;

    /// <summary>Input tokens as reported by the provider, or estimated at 4 characters per token when it reports none.</summary>
    public long PromptTokens => Interlocked.Read(ref _promptTokens);

    public void Record(long promptTokens)
    {
        Interlocked.Increment(ref _calls);
        Interlocked.Add(ref _promptTokens, promptTokens);
    }

    /// <summary>A call that was attempted and failed: its tokens count, the call does not.</summary>
    public void RecordFailed(long promptTokens)
    {
        Interlocked.Increment(ref _failed);
        Interlocked.Add(ref _promptTokens, promptTokens);
    }
}
