namespace WhatStyle.Tools.Events;

/// <summary>An event waiting in an outbox, with how often publishing it has failed.</summary>
public sealed record PendingEvent(OutboxEvent Event, int Attempts, string? LastError);
