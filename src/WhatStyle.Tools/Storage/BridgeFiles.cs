namespace WhatStyle.Tools.Storage;

/// <summary>
/// The WhatsApp bridge's contract with the <c>whatstyle</c> CLI: where the bridge keeps its files in the data directory
/// and how the CLI reaches a running bridge. Here, beside <see cref="DataDirectory"/>, because both projects reference
/// this library and neither should reference the other for a few names (the CLI must not pull in ASP.NET Core hosting).
/// </summary>
public static class BridgeFiles
{
    /// <summary>The bridge's own LiteDB file (direct mode; the bridge is its only writer).</summary>
    public const string DatabaseFile = "bridge.db";

    /// <summary>
    /// The write-ahead log LiteDB keeps beside a database file (<c>bridge.db</c> → <c>bridge-log.db</c>): it belongs to the
    /// database, so whoever copies, encrypts or opens the file by its streams must take it along.
    /// </summary>
    public static string LiteLogFileOf(string databasePath) =>
        Path.Combine(Path.GetDirectoryName(databasePath) ?? "", Path.GetFileNameWithoutExtension(databasePath) + "-log" + Path.GetExtension(databasePath));

    /// <summary>The bridge's inbox log folder (<c>*.log</c> segments, and <c>key</c> when encrypted).</summary>
    public const string InboxFolder = "inbox";

    /// <summary>The bridge.db collection of named log positions, and the id of the inbox log's (fields <c>Segment</c>, <c>Offset</c>: a byte offset into the segment).</summary>
    public const string CursorsCollection = "cursors";

    /// <summary>Id, in <see cref="CursorsCollection"/>, of how far the inbox log has been processed.</summary>
    public const string InboxCursorId = "inbox";

    /// <summary>Held open exclusively by a running bridge (see <see cref="BridgeLockFile"/>); the CLI reads bridge.db only while it can hold it itself.</summary>
    public const string LockFile = "bridge.lock";

    /// <summary>The running bridge's admin address (one line, e.g. <c>http://127.0.0.1:8080/</c>), written once it listens.</summary>
    public const string AdminUrlFile = "bridge.url";

    /// <summary>Folder of the owner's dead-letter requests (<c>{"action":"retry"|"dismiss","id":"…"}</c>).</summary>
    public const string RequestsFolder = "bridge-requests";

    /// <summary>The request action that retries every dead letter (<c>{"action":"retry-all","since":"…"}</c>, since optional).</summary>
    public const string RetryAllAction = "retry-all";

    /// <summary>The loopback-only endpoint that retries every dead letter: POST with a JSON body <c>{"since":"…"}</c> (or <c>{}</c>).</summary>
    public const string RetryDeadLettersPath = "/admin/dead-letters/retry";

    /// <summary>A request the bridge will read.</summary>
    public const string RequestExtension = ".json";

    /// <summary>A request the bridge set aside (unusable, or failing every attempt); the reason is in <c>NAME.failed.reason</c>.</summary>
    public const string FailedRequestExtension = ".failed";

    /// <summary>Outbox state name of a reply the bridge gave up sending, as stored in bridge.db.</summary>
    public const string OutboxDeadLetterState = "DeadLetter";

    /// <summary>Message state name of an incoming message the bridge gave up answering, as stored in bridge.db.</summary>
    public const string MessageDeadLetterState = "DeadLetter";

    /// <summary>The number <c>bridge_outbox.state</c> holds for <see cref="OutboxDeadLetterState"/> (PostgreSQL stores the bridge's states as numbers).</summary>
    public const short OutboxDeadLetterStateNumber = 4;

    /// <summary>The number <c>bridge_messages.state</c> holds for <see cref="MessageDeadLetterState"/>.</summary>
    public const short MessageDeadLetterStateNumber = 4;

    /// <summary>The loopback-only endpoint listing every dead letter as <see cref="BridgeDeadLetter"/> JSON.</summary>
    public const string DeadLettersPath = "/admin/dead-letters";

    /// <summary>Environment variable with the URL the CLI asks a running bridge at.</summary>
    public const string UrlEnvironmentVariable = "WHATSTYLE_BRIDGE_URL";

    /// <summary>Where the CLI looks for a running bridge that holds the lock but published no address (and without <c>--bridge-url</c> or <see cref="UrlEnvironmentVariable"/>).</summary>
    public const string DefaultUrl = "http://127.0.0.1:8080";
}
