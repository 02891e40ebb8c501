using Microsoft.Extensions.Logging;
using ModelContextProtocol;

namespace WhatStyle.Agent.Replies.Connection;

/// <summary>
/// The in-process MCP server's loggers: a tool's deliberate error (an <see cref="McpException"/>, e.g. "No contact
/// matches 'Nina'") is logged at Debug instead of as an unhandled exception; everything else passes unchanged.
/// </summary>
/// <remarks>
/// The agent is that server's only client and handles those errors itself: it asks for the profile of someone writing
/// for the first time, or a group's history through a sender not yet recorded in it, and answers from what it can read.
/// The SDK logs every tool exception at Error with its stack trace, which on the console reads as a failure. A tool
/// that crashes (any other exception) is still logged as an error.
/// </remarks>
internal sealed class ToolErrorLoggerFactory(ILoggerFactory inner) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) => new ToolErrorLogger(inner.CreateLogger(categoryName));

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    // The factory belongs to the agent's container, which disposes it.
    public void Dispose()
    {
    }

    private sealed class ToolErrorLogger(ILogger inner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var level = exception is McpException and not McpProtocolException && logLevel >= LogLevel.Error ? LogLevel.Debug : logLevel;
            if (inner.IsEnabled(level))
            {
                inner.Log(level, eventId, state, exception, formatter);
            }
        }
    }
}
