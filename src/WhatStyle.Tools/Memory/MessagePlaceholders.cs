namespace WhatStyle.Tools.Memory;

/// <summary>Texts that stand for something that is not words (media, deleted messages); style learning and retrieval skip them.</summary>
public static class MessagePlaceholders
{
    public const string Media = "[media]";
    public const string Deleted = "[deleted]";
    public const string Call = "[call]";
    public const string ViewOnce = "[view once]";
    public const string Location = "[location]";

    /// <summary>True for the placeholders above.</summary>
    public static bool IsPlaceholder(string text) =>
        text is Media or Deleted or Call or ViewOnce or Location;

    /// <summary>True for a placeholder, or media with a caption ("[media] Look at this!").</summary>
    public static bool StartsWithPlaceholder(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsPlaceholder(text) || text.StartsWith(Media + " ", StringComparison.Ordinal);
    }

    /// <summary>What the person typed: the caption of a media message, nothing for other placeholders, else the text.</summary>
    public static string TypedText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsPlaceholder(text) ? ""
            : text.StartsWith(Media + " ", StringComparison.Ordinal) ? text[(Media.Length + 1)..]
            : text;
    }
}
