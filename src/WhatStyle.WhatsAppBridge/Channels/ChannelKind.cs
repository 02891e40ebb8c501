namespace WhatStyle.WhatsAppBridge.Channels;

/// <summary>Which WhatsApp connection the bridge serves (<c>WhatsApp:Channel</c>).</summary>
internal enum ChannelKind
{
    /// <summary>The WhatsApp Business Cloud API (a Meta business number); the default.</summary>
    Cloud,

    /// <summary>WAHA, a WhatsApp Web engine behind an HTTP API (a personal phone).</summary>
    Waha,

    /// <summary>Evolution API, a Baileys engine behind an HTTP API (a personal phone).</summary>
    Evolution,
}
