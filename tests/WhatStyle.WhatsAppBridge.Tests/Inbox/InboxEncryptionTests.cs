using System.Text;
using WhatStyle.Tools.Storage;
using WhatStyle.WhatsAppBridge.Inbox;

namespace WhatStyle.WhatsAppBridge.Tests.Inbox;

public sealed class InboxEncryptionTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("whatstyle-inbox-crypt-").FullName;

    [Fact]
    public void Append_WithAPassword_StoresNoClearTextAndReadsBack()
    {
        using (var log = new InboxLog(_directory, password: "pw"))
        {
            log.Append([Encoding.UTF8.GetBytes("{\"text\":\"meet at the bridge\"}")], receivedAtMs: 7);
        }

        var bytes = File.ReadAllBytes(Path.Combine(_directory, "inbox", "000000000001.log"));
        Assert.True(bytes.AsSpan().IndexOf("meet at the bridge"u8) < 0, "the body is not in the segment in clear");
        using var reopened = new InboxLog(_directory, password: "pw");
        var record = Assert.Single(reopened.Read(InboxLog.Start, 10).Records);
        Assert.False(record.Corrupt);
        Assert.Equal("{\"text\":\"meet at the bridge\"}", Encoding.UTF8.GetString(record.Body));
    }

    [Fact]
    public void Open_WithTheWrongPassword_SaysThePasswordIsWrong()
    {
        new InboxLog(_directory, password: "pw").Dispose();

        var error = Assert.Throws<StorageException>(() => new InboxLog(_directory, password: "other"));

        Assert.Contains("password is wrong", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("other", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_EncryptedWithoutAPassword_AsksForIt()
    {
        new InboxLog(_directory, password: "pw").Dispose();

        var error = Assert.Throws<StorageException>(() => new InboxLog(_directory));

        Assert.Contains("WHATSTYLE_DB_PASSWORD", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_ClearInboxWithAPassword_IsRefusedWithTheMigrationCommand()
    {
        using (var log = new InboxLog(_directory))
        {
            log.Append([Encoding.UTF8.GetBytes("{}")], receivedAtMs: 1);
        }

        var error = Assert.Throws<StorageException>(() => new InboxLog(_directory, password: "pw"));

        Assert.Contains(StorageOptions.UnencryptedDirectoryAdvice, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_AfterATornEncryptedWrite_KeepsEveryWholeRecord()
    {
        using (var log = new InboxLog(_directory, password: "pw"))
        {
            log.Append([Encoding.UTF8.GetBytes("{\"n\":1}"), Encoding.UTF8.GetBytes("{\"n\":2}")], receivedAtMs: 3);
        }

        var segment = Path.Combine(_directory, "inbox", "000000000001.log");
        using (var stream = new FileStream(segment, FileMode.Open))
        {
            stream.SetLength(stream.Length - 5);
        }

        using var reopened = new InboxLog(_directory, password: "pw");
        var record = Assert.Single(reopened.Read(InboxLog.Start, 10).Records);
        Assert.Equal("{\"n\":1}", Encoding.UTF8.GetString(record.Body));
    }

    [Fact]
    public void Append_AfterTheDiskFilledAndFreedAgain_RecoversWithoutARestartAndLosesNothingAcknowledged()
    {
        using var log = new InboxLog(_directory);
        log.Append([Encoding.UTF8.GetBytes("{\"n\":1}")], receivedAtMs: 1);
        log.Faults.FailWrites = () => new IOException("No space left on device");

        Assert.Throws<IOException>(() => log.Append([Encoding.UTF8.GetBytes("{\"n\":2,\"pad\":\"xxxxxxxxxxxxxxxxxxxxxxxx\"}")], receivedAtMs: 2));
        Assert.True(log.Faulted);
        Assert.Throws<IOException>(() => log.Append([Encoding.UTF8.GetBytes("{\"n\":3}")], receivedAtMs: 3));
        log.Faults.FailWrites = null;
        log.Append([Encoding.UTF8.GetBytes("{\"n\":4}")], receivedAtMs: 4);

        Assert.False(log.Faulted);
        var records = new List<InboxRecord>();
        var position = InboxLog.Start;
        for (var pass = 0; pass < 5; pass++)
        {
            var read = log.Read(position, 10);
            records.AddRange(read.Records);
            position = read.Next;
        }

        Assert.Equal(["{\"n\":1}", "{\"n\":4}"], records.Select(r => Encoding.UTF8.GetString(r.Body)));
        Assert.All(records, r => Assert.False(r.Corrupt));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
