namespace WhatStyle.Dashboard.Data;

/// <summary>Which conversations the inbox shows.</summary>
/// <param name="Show">all, needs-me, drafts or groups.</param>
/// <param name="Contact">Only conversations whose name (or a member's name or number) contains this; null for all.</param>
public sealed record InboxFilter(string Show = InboxFilter.All, string? Contact = null)
{
    public const string All = "all";
    public const string NeedsMe = "needs-me";
    public const string Drafts = "drafts";
    public const string Groups = "groups";

    public static IReadOnlyList<string> Choices { get; } = [All, NeedsMe, Drafts, Groups];

    /// <summary>An unknown choice from the query string reads as <see cref="All"/>.</summary>
    public static InboxFilter Parse(string? show, string? contact) => new(
        Choices.FirstOrDefault(c => string.Equals(c, show, StringComparison.OrdinalIgnoreCase)) ?? All,
        string.IsNullOrWhiteSpace(contact) ? null : contact.Trim());

    public bool Keeps(InboxRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return Show switch
        {
            NeedsMe => row.Status is not InboxStatus.Answered,
            Drafts => row.PendingDrafts > 0,
            Groups => row.IsGroup,
            _ => true,
        };
    }
}
