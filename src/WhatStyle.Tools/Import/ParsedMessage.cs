namespace WhatStyle.Tools.Import;

/// <summary>What a message line turned out to be.</summary>
public enum ParsedMessageKind { Text, Media, Deleted, Location, Call, ViewOnce }

/// <summary>One message read from an export: who, when (local time as written) and what.</summary>
/// <param name="LineNumber">1-based line where it starts.</param>
/// <param name="Timestamp">Local date and time as written in the file (no time zone).</param>
/// <param name="Author">The author as written (a name or a number), normalised as a display name (<see cref="Contacts.DisplayNameNormalizer"/>).</param>
/// <param name="Text">The text; for media, deleted messages and the like a placeholder from <see cref="Memory.MessagePlaceholders"/>, plus any caption.</param>
/// <param name="Kind">Text, media, deleted, …</param>
/// <param name="Edited">True when the export marked it as edited.</param>
public sealed record ParsedMessage(int LineNumber, DateTime Timestamp, string Author, string Text, ParsedMessageKind Kind, bool Edited);

/// <summary>A line the parser could not read, with its 1-based number.</summary>
public sealed record UnreadableLine(int LineNumber, string Text);

/// <summary>A system line ("… created group", "Messages and calls are end-to-end encrypted").</summary>
public sealed record SystemLine(int LineNumber, DateTime Timestamp, string Text);

/// <summary>Everything read from one export file.</summary>
/// <param name="Messages">The messages, in file order.</param>
/// <param name="SystemLines">System lines (skipped when importing, but they may name the group).</param>
/// <param name="Unreadable">Lines that could not be read.</param>
/// <param name="DayFirst">Whether dates were read day-first (inferred from the whole file).</param>
public sealed record ExportParseResult(
    IReadOnlyList<ParsedMessage> Messages,
    IReadOnlyList<SystemLine> SystemLines,
    IReadOnlyList<UnreadableLine> Unreadable,
    bool DayFirst);
