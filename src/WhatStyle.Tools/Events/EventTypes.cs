namespace WhatStyle.Tools.Events;

/// <summary>The events WhatStyle publishes (docs/events.md has each one's schema). One name, one place.</summary>
public static class EventTypes
{
    public const string MessageReceived = "message_received";
    public const string MessageSent = "message_sent";
    public const string MessageFailed = "message_failed";
    public const string ToneAnalyzed = "tone_analyzed";
    public const string ProfileUpdated = "profile_updated";
    public const string DraftCreated = "draft_created";

    public static IReadOnlyList<string> All { get; } = [MessageReceived, MessageSent, MessageFailed, ToneAnalyzed, ProfileUpdated, DraftCreated];
}
