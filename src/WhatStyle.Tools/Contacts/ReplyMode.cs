namespace WhatStyle.Tools.Contacts;

/// <summary>What the WhatsApp bridge does with a contact's messages (<c>whatstyle contacts set NAME --mode</c>).</summary>
public enum ReplyMode
{
    /// <summary>Answer and send.</summary>
    Auto,

    /// <summary>Answer, but store the reply as a draft for the owner (<c>whatstyle drafts approve</c>).</summary>
    Draft,

    /// <summary>Store the message, never answer.</summary>
    Off,
}
