namespace WhatStyle.WhatsAppBridge.Configuration;

/// <summary>What the bridge does with a contact's messages.</summary>
internal enum ReplyMode
{
    /// <summary>Answer and send.</summary>
    Auto,

    /// <summary>Answer, but store the reply as a draft for the owner (<c>whatstyle drafts approve</c>).</summary>
    Draft,

    /// <summary>Store the message, never answer.</summary>
    Off,
}
