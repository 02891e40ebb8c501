namespace WhatStyle.Agent.Prompting;

/// <summary>A prompt file could not be rendered: a placeholder has no value, or the file is missing.</summary>
public sealed class PromptRenderException : Exception
{
    public PromptRenderException()
    {
    }

    public PromptRenderException(string message) : base(message)
    {
    }

    public PromptRenderException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
