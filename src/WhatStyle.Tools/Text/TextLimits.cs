namespace WhatStyle.Tools.Text;

/// <summary>Length limits on message text, shared by every way text comes in.</summary>
public static class TextLimits
{
    /// <summary>Longest message read, in UTF-16 characters: WhatsApp itself caps a message at 65,536.</summary>
    public const int MaxMessageLength = 65_536;
}
