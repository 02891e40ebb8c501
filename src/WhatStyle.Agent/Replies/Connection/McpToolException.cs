namespace WhatStyle.Agent.Replies.Connection;

/// <summary>A WhatStyle tool answered with an error (unknown contact, bad argument).</summary>
public sealed class McpToolException : Exception
{
    public McpToolException()
    {
    }

    public McpToolException(string message) : base(message)
    {
    }

    public McpToolException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public McpToolException(string tool, string message) : base($"{tool}: {message}")
    {
        Tool = tool;
    }

    public string? Tool { get; }
}
