namespace WhatStyle.Dashboard.Data;

/// <summary>What a conversation needs from the owner, in the inbox's order: the first needs them most.</summary>
public enum InboxStatus
{
    /// <summary>A possible crisis: answer personally, now.</summary>
    Crisis,

    /// <summary>The contact's last message reads as urgent and nobody has answered it yet.</summary>
    Urgent,

    /// <summary>A draft waits for approval.</summary>
    Draft,

    /// <summary>The owner took the chat over: WhatStyle answers nothing there.</summary>
    Takeover,

    /// <summary>The contact wrote last and nothing answered (mode off, or not yet).</summary>
    Unanswered,

    /// <summary>Answered, by the owner or by WhatStyle.</summary>
    Answered,
}
