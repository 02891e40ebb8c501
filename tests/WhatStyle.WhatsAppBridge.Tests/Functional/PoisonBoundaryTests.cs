using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using WhatStyle.WhatsAppBridge.Inbox;
using WhatStyle.WhatsAppBridge.Storage;
using WhatStyle.WhatsAppBridge.Tests.Support;

namespace WhatStyle.WhatsAppBridge.Tests.Functional;

/// <summary>
/// What must not count as poison: transient failures (an outage is not the message's fault), housekeeping after a commit
/// (the batch is done), and metrics of a batch that rolled back and is replayed.
/// </summary>
[Collection(ExactMetricsCollection.Name)]
public sealed class PoisonBoundaryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Dictionary<string, string?> FastPoison = new()
    {
        ["Bridge:PoisonMaxAttempts"] = "3",
        ["Bridge:PoisonRetryBaseDelay"] = "00:00:00.050",
    };

    public static TheoryData<string> TransientFailures() => ["io", "timeout", "http"];

    [Theory]
    [MemberData(nameof(TransientFailures))]
    public async Task ReplyFailingTransientlyMoreOftenThanTheBound_IsAnsweredOnceItPasses_NeverDeadLettered(string kind)
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph, FastPoison);
        var failures = 0;
        factory.Agent.FailWhen = _ => Interlocked.Increment(ref failures) <= 6; // Twice the attempt bound.
        factory.Agent.Failure = () => kind switch
        {
            "io" => new IOException("No space left on device"),
            "timeout" => new TimeoutException(),
            _ => new HttpRequestException("provider unreachable"),
        };
        var client = factory.CreateClient();
        var database = factory.Services.GetRequiredService<BridgeDatabase>();

        await Webhook.PostAsync(client, Webhook.Body([Webhook.Text("4917400031", "during the outage")]), Ct);

        await Webhook.EventuallyAsync(() => graph.Sends.Any(s => (string?)s["to"] == "+4917400031"), "answered once the outage is over");
        var message = database.Messages.FindOne(m => m.From == "4917400031");
        Assert.Equal(MessageState.Answered, message.State);
        Assert.Equal(0, message.Attempts);
        Assert.Equal(7, factory.Agent.Calls.Count);
    }

    [Fact]
    public async Task SegmentDeletionFailing_DoesNotReplayTheBatch_NorSetAnythingAside()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        var deletions = 0;
        var failDeletes = true;
        using var factory = new BridgeFactory(graph, FastPoison)
        {
            ReplaceServices = services => services.AddSingleton(provider => new InboxLog(
                provider.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["DataDirectory"]!)
            {
                DeleteFile = path =>
                {
                    Interlocked.Increment(ref deletions);
                    if (Volatile.Read(ref failDeletes))
                    {
                        throw new IOException("Device or resource busy");
                    }

                    File.Delete(path);
                },
            }),
        };
        AppendSpanningTwoSegments(factory.DataDirectory, "4917400041", "4917400042", "4917400043");

        var client = factory.CreateClient();
        var database = factory.Services.GetRequiredService<BridgeDatabase>();
        await Webhook.EventuallyAsync(() => graph.Sends.Count == 3, "all three answered");
        await Webhook.EventuallyAsync(() => Volatile.Read(ref deletions) > 0, "a deletion attempted");
        await Task.Delay(TimeSpan.FromSeconds(1), Ct); // Long enough for three 50 ms-based attempts, had it been counted.

        Assert.Empty(database.InboxDeadLetters.FindAll());
        Assert.Equal(3, database.Messages.Count());
        Assert.Equal(0, await MetricAsync(client, "whatstyle_bridge_messages_duplicate_total"));
        var firstSegment = Path.Combine(factory.DataDirectory, "inbox", "000000000001.log");
        Assert.True(File.Exists(firstSegment), "the segment whose deletion failed is still there");

        // Deletion works again: the next batch deletes the segment left behind.
        Volatile.Write(ref failDeletes, false);
        await Webhook.PostAsync(client, Webhook.Body([Webhook.Text("4917400044", "later")]), Ct);
        await Webhook.EventuallyAsync(() => !File.Exists(firstSegment), "the left-behind segment deleted with the next batch");
    }

    [Fact]
    public async Task BatchRolledBackByAPoisonRecord_CountsItsGoodMessagesOnce()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph, FastPoison);
        using (var log = new InboxLog(factory.DataDirectory))
        {
            // One batch: a good message, then a wamid longer than LiteDB's index key limit (fails every time).
            log.Append([
                Encoding.UTF8.GetBytes(Webhook.Body([Webhook.Text("4917400051", "good")])),
                Encoding.UTF8.GetBytes(Webhook.Body([Webhook.Text("4917400052", "poison", id: "wamid." + new string('P', 1500))])),
            ], DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        }

        var client = factory.CreateClient();
        var database = factory.Services.GetRequiredService<BridgeDatabase>();
        await Webhook.EventuallyAsync(() => database.InboxDeadLetters.Count() == 1, "the poison record set aside");

        Assert.Equal(1, await MetricAsync(client, "whatstyle_bridge_messages_in_total"));
        Assert.Equal(0, await MetricAsync(client, "whatstyle_bridge_messages_duplicate_total"));
        Assert.Equal(1, await MetricAsync(client, "whatstyle_bridge_poison_dead_letters_total"));
    }

    /// <summary>Three one-message bodies; the first two (over 1 KiB together) fill segment 1, so the third starts segment 2.</summary>
    private static void AppendSpanningTwoSegments(string dataDirectory, params string[] senders)
    {
        var text = "hello " + new string('x', 600);
        using var log = new InboxLog(dataDirectory, segmentLimitBytes: 1024);
        log.Append([.. senders[..2].Select(s => Encoding.UTF8.GetBytes(Webhook.Body([Webhook.Text(s, text)])))], DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        log.Append([Encoding.UTF8.GetBytes(Webhook.Body([Webhook.Text(senders[2], text)]))], DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        Assert.True(File.Exists(Path.Combine(dataDirectory, "inbox", "000000000002.log")), "the third body is in segment 2");
    }

    /// <summary>The sum of a counter's samples at /metrics (0 when it has none yet).</summary>
    private static async Task<double> MetricAsync(HttpClient client, string name)
    {
        var lines = (await client.GetStringAsync(new Uri("/metrics", UriKind.Relative), Ct)).Split('\n');
        return lines.Where(l => l.StartsWith(name + "{", StringComparison.Ordinal) || l.StartsWith(name + " ", StringComparison.Ordinal))
            .Sum(l => double.Parse(l[(l.LastIndexOf('}') + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture));
    }
}
