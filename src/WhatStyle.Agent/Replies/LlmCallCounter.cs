namespace WhatStyle.Agent.Replies;

/// <summary>Model calls and prompt tokens of one reply (the benchmark and <c>--json</c> report them).</summary>
public sealed class LlmCallCounter
{
    private int _calls;
    private long _promptTokens;

    public int Calls => _calls;

    /// <summary>Input tokens as reported by the provider, or estimated at 4 characters per token when it reports none.</summary>
    public long PromptTokens => Interlocked.Read(ref _promptTokens);

    public void Record(long promptTokens)
    {
        Interlocked.Increment(ref _calls);
        Interlocked.Add(ref _promptTokens, promptTokens);
    }
}
