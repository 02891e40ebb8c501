using WhatStyle.Tools.Storage;

namespace WhatStyle.Cli.Commands;

/// <summary>
/// The line `whatstyle migrate --to postgres` prints about the bridge's own state: the CLI does not copy bridge.db (its
/// record types and PostgreSQL tables belong to the bridge host, which the CLI does not reference); the bridge copies it
/// itself at its first start on PostgreSQL, before it answers anything (docs/scaling.md, "Moving a data directory").
/// </summary>
internal static class MigrateBridgeNote
{
    public static string For(string dataDirectory) =>
        File.Exists(Path.Combine(dataDirectory, BridgeFiles.DatabaseFile))
            ? $"{BridgeFiles.DatabaseFile} (the bridge's messages, chats, outbox, statuses) is not copied here: the bridge copies it into PostgreSQL itself when it first starts with Storage:Provider=postgres, before it answers anything, and resumes that copy if stopped."
            : $"{BridgeFiles.DatabaseFile}: none in {dataDirectory} (no bridge has run here), so there is no bridge state to copy.";
}
