namespace WhatStyle.Tools.Tone.Evaluation;

/// <summary>One labelled message of the project's chat set (data/chat).</summary>
public sealed record ChatExample(string Language, MessageIntent Intent, UrgencyLevel Urgency, bool Distress, CrisisLevel Crisis, string? CrisisKind, string Text);
