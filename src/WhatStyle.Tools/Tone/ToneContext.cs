namespace WhatStyle.Tools.Tone;

/// <summary>Optional context for a reading: who wrote it and what came just before.</summary>
/// <param name="Contact">The contact's name or id, when known.</param>
/// <param name="PreviousMessages">Earlier messages in the conversation, oldest first.</param>
public sealed record ToneContext(string? Contact = null, IReadOnlyList<string>? PreviousMessages = null);
