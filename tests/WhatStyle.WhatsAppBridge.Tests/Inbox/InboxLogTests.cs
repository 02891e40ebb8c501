using System.Text;
using WhatStyle.WhatsAppBridge.Inbox;

namespace WhatStyle.WhatsAppBridge.Tests.Inbox;

public sealed class InboxLogTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("whatstyle-inbox-").FullName;

    [Fact]
    public void Read_ReturnsAppendedBodiesInOrder_AcrossSegments()
    {
        using var log = new InboxLog(_directory, segmentLimitBytes: 1024);
        var bodies = Enumerable.Range(0, 40).Select(i => Encoding.UTF8.GetBytes($"{{\"n\":{i},\"pad\":\"{new string('x', 60)}\"}}")).ToList();
        foreach (var chunk in bodies.Chunk(7))
        {
            log.Append(chunk, receivedAtMs: 42);
        }

        var read = new List<InboxRecord>();
        var position = InboxLog.Start;
        for (var pass = 0; pass < 100 && read.Count < bodies.Count; pass++)
        {
            var batch = log.Read(position, 5);
            read.AddRange(batch.Records);
            position = batch.Next;
            log.DeleteBefore(position);
        }

        Assert.Equal(bodies.Select(Encoding.UTF8.GetString), read.Select(r => Encoding.UTF8.GetString(r.Body)));
        Assert.All(read, r => Assert.Equal(42, r.ReceivedAtMs));
        Assert.True(position.Segment > 1, "the log rolled to further segments");
        Assert.Equal(0, log.BacklogBytes(position));
        Assert.True(Directory.GetFiles(Path.Combine(_directory, "inbox")).Length <= 2, "read segments are deleted");
    }

    [Fact]
    public void Open_AfterATornWrite_DropsTheTornTailAndKeepsAppending()
    {
        using (var log = new InboxLog(_directory))
        {
            log.Append([Encoding.UTF8.GetBytes("{\"a\":1}")], 1);
        }

        // A crash in the middle of the next batch: half a record at the end, never acknowledged.
        var segment = Directory.GetFiles(Path.Combine(_directory, "inbox")).Single();
        File.AppendAllText(segment, "\u0040\0\0\0garbage");

        using var reopened = new InboxLog(_directory);
        reopened.Append([Encoding.UTF8.GetBytes("{\"b\":2}")], 2);
        var read = reopened.Read(InboxLog.Start, 10);

        Assert.Equal(["{\"a\":1}", "{\"b\":2}"], read.Records.Select(r => Encoding.UTF8.GetString(r.Body)));
    }

    [Fact]
    public void Open_AfterDamageInTheMiddle_KeepsTheBytesItCutOffBesideTheLog()
    {
        using (var log = new InboxLog(_directory))
        {
            log.Append([Encoding.UTF8.GetBytes("{\"a\":1}")], 1);
            log.Append([Encoding.UTF8.GetBytes("{\"b\":2}")], 2);
            log.Append([Encoding.UTF8.GetBytes("{\"c\":3}")], 3);
        }

        // One flipped byte inside the second record's body: its checksum fails, the third record is intact.
        var segment = Directory.GetFiles(Path.Combine(_directory, "inbox")).Single();
        var bytes = File.ReadAllBytes(segment);
        var second = Encoding.UTF8.GetBytes("{\"b\":2}");
        var at = bytes.AsSpan().IndexOf(second);
        bytes[at + 2] ^= 0x01;
        File.WriteAllBytes(segment, bytes);

        using var reopened = new InboxLog(_directory);
        var read = reopened.Read(InboxLog.Start, 10);

        Assert.Equal(["{\"a\":1}"], read.Records.Select(r => Encoding.UTF8.GetString(r.Body)));
        var cut = Assert.Single(Directory.GetFiles(Path.Combine(_directory, "inbox"), "*.cut-*"));
        Assert.Contains("{\"c\":3}", Encoding.UTF8.GetString(File.ReadAllBytes(cut)), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NeverReturnsMoreThanWasAppended()
    {
        using var log = new InboxLog(_directory);
        Assert.Empty(log.Read(InboxLog.Start, 10).Records);

        log.Append([Encoding.UTF8.GetBytes("{}")], 1);
        var first = log.Read(InboxLog.Start, 10);
        var again = log.Read(first.Next, 10);

        Assert.Single(first.Records);
        Assert.Empty(again.Records);
        Assert.Equal(first.Next, again.Next);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }
}
