namespace WhatStyle.Tools.Memory;

/// <summary>The text length limits every entry point shares (MCP tools, the reply agent, the CLI).</summary>
public static class TextLimits
{
    /// <summary>Longest message text accepted anywhere, in UTF-16 characters; WhatsApp itself caps messages at 65,536.</summary>
    public const int MaxTextLength = 65_536;
}
