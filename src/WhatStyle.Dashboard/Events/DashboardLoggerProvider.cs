using Microsoft.Extensions.Logging;

namespace WhatStyle.Dashboard.Events;

/// <summary>
/// Feeds the live event log from a host's own log: every entry of the host's categories at <see cref="LogLevel.Information"/>
/// or above becomes a <see cref="DashboardEvent"/>. The hosts' log messages carry ids and kinds, never message text or
/// secrets, so the event log shows what the log shows.
/// </summary>
/// <param name="events">Where events go.</param>
/// <param name="time">The clock.</param>
/// <param name="categoryPrefix">Only categories starting with this (e.g. "WhatStyle.").</param>
public sealed class DashboardLoggerProvider(IDashboardEvents events, TimeProvider time, string categoryPrefix) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) =>
        categoryName.StartsWith(categoryPrefix, StringComparison.Ordinal) ? new EventLogger(events, time, Kind(categoryName)) : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    public void Dispose()
    {
    }

    /// <summary>"WhatStyle.WhatsAppBridge.Replies.ChatResponder" → "chat-responder".</summary>
    internal static string Kind(string category)
    {
        var name = category[(category.LastIndexOf('.') + 1)..];
        return string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
    }

    private sealed class EventLogger(IDashboardEvents events, TimeProvider time, string kind) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information && logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            // The message only: an exception's text could carry a request's details, so only its kind is shown.
            var text = formatter(state, null) + (exception is null ? "" : $" ({exception.GetType().Name})");
            var prefix = logLevel >= LogLevel.Error ? "error " : logLevel == LogLevel.Warning ? "warning " : "";
            events.Publish(new DashboardEvent(time.GetUtcNow(), prefix + kind, text));
        }
    }
}
