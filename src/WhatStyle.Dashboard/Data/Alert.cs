namespace WhatStyle.Dashboard.Data;

/// <summary>Something that needs the owner now.</summary>
/// <param name="Kind">crisis, urgent or draft-waiting.</param>
/// <param name="Text">One line for the owner (never the message's text).</param>
/// <param name="ConversationKey">Where to act.</param>
/// <param name="Id">Stable id, so a note to self is sent once per alert.</param>
public sealed record Alert(string Kind, string Text, string ConversationKey, string Id);
