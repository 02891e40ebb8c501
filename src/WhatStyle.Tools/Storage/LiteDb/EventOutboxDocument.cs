using LiteDB;

namespace WhatStyle.Tools.Storage.LiteDb;

/// <summary>One event waiting in <see cref="LiteEventOutbox"/>.</summary>
internal sealed class EventOutboxDocument
{
    /// <summary>The outbox's own order (LiteDB's Int64 auto-id): events leave in the order they were recorded.</summary>
    [BsonId]
    public long Seq { get; set; }

    /// <summary>The event's id (<see cref="Events.OutboxEvent.Id"/>).</summary>
    public string EventId { get; set; } = "";
    public string Type { get; set; } = "";
    public long TimeMs { get; set; }
    public string Source { get; set; } = "";
    public string Data { get; set; } = "{}";
    public int Attempts { get; set; }
    public long NextAttemptAtMs { get; set; }
    public string? LastError { get; set; }
}
