namespace WhatStyle.WhatsAppBridge.Configuration;

/// <summary>Which group messages the bridge answers (<c>Bridge:Groups</c>).</summary>
internal enum GroupReplies
{
    /// <summary>None: group messages are stored only.</summary>
    Off,

    /// <summary>Only those that @mention the owner or quote one of the owner's messages (the Cloud API always counts as addressed).</summary>
    Mentioned,

    /// <summary>Every group message.</summary>
    All,
}
