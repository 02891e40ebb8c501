namespace WhatStyle.Mcp.Tools;

/// <summary>
/// The MCP tool names: the <c>[McpServerTool]</c> attributes and the reply agent both use these, so a rename cannot leave
/// a caller behind. They are a public contract too (clients and prompt files name them): keep them stable.
/// </summary>
public static class ToolNames
{
    public const string AnalyzeTone = "analyze_tone";
    public const string GetContactProfile = "get_contact_profile";
    public const string UpdateContactProfile = "update_contact_profile";
    public const string ListContacts = "list_contacts";
    public const string GetConversationContext = "get_conversation_context";
    public const string SearchSimilarExchanges = "search_similar_exchanges";
    public const string RecordMessage = "record_message";
    public const string SelectSticker = "select_sticker";

    /// <summary>Every tool the server offers.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        AnalyzeTone, GetContactProfile, UpdateContactProfile, ListContacts, GetConversationContext, SearchSimilarExchanges,
        RecordMessage, SelectSticker,
    ];
}
