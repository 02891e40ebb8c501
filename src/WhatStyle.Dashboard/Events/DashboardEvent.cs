namespace WhatStyle.Dashboard.Events;

/// <summary>One thing that happened (a webhook, a reply, an error), for the live event log. Never message text.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Kind">webhook, reply, draft, error, alert…</param>
/// <param name="Text">One line for the owner.</param>
public sealed record DashboardEvent(DateTimeOffset At, string Kind, string Text);
