using WhatStyle.Tools.Contacts;

namespace WhatStyle.Tools.Import;

/// <summary>What to import and how to read it.</summary>
/// <param name="FilePath">The "Export chat" .txt file.</param>
/// <param name="Me">The owner's name (or number) as it appears in the file; their messages become outgoing.</param>
public sealed record ImportRequest(string FilePath, string Me)
{
    /// <summary>For a one-to-one chat: the contact it is with (created or found; the author's name becomes an alias).</summary>
    public string? Contact { get; init; }

    /// <summary>For a one-to-one chat: the relationship to set on the contact.</summary>
    public Relationship? Relationship { get; init; }

    /// <summary>For a group chat: the group's name (default: from the file's "created group" line, else the file name).</summary>
    public string? Group { get; init; }
}

/// <summary>How far an import has come.</summary>
/// <param name="Done">Messages stored so far.</param>
/// <param name="Total">Messages in the file.</param>
public sealed record ImportProgress(int Done, int Total);
