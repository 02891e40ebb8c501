namespace WhatStyle.Agent.Replies.PostProcessing;

/// <summary>What a reply is doing, as far as choosing its emoji needs to know (<see cref="EmojiFit"/>).</summary>
internal enum ReplyMood
{
    /// <summary>Something to laugh about: the reply or the message laughs, or a happy message with no news.</summary>
    Playful,

    /// <summary>Chat: a greeting, how are you, good news, thanks, affection, plans, an invitation, praise, a goodbye.</summary>
    Warm,

    /// <summary>An answer to get right: a request, a question, an apology, or a formal reply. Feelings, not jokes or things.</summary>
    Plain,

    /// <summary>Sad news, grief, a condolence, urgency or a crisis: no emoji is added.</summary>
    Solemn,
}
