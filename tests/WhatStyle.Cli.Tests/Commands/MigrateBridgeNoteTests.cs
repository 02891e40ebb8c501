using WhatStyle.Cli.Commands;

namespace WhatStyle.Cli.Tests.Commands;

public sealed class MigrateBridgeNoteTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("whatstyle-migrate-note-").FullName;

    [Fact]
    public void For_DataDirectoryWithABridgeDb_SaysTheBridgeCopiesItAtItsFirstStartOnPostgres()
    {
        File.WriteAllBytes(Path.Combine(_directory, "bridge.db"), []);

        var note = MigrateBridgeNote.For(_directory);

        Assert.StartsWith("bridge.db (the bridge's messages, chats, outbox, statuses) is not copied here", note, StringComparison.Ordinal);
        Assert.Contains("the bridge copies it into PostgreSQL itself when it first starts with Storage:Provider=postgres", note, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', note);
    }

    [Fact]
    public void For_DataDirectoryWithoutABridgeDb_SaysThereIsNothingToCopy()
    {
        Assert.StartsWith("bridge.db: none in ", MigrateBridgeNote.For(_directory), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
