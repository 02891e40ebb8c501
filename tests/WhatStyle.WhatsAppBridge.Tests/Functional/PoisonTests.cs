using System.Text;
using Microsoft.Extensions.DependencyInjection;
using WhatStyle.WhatsAppBridge.Inbox;
using WhatStyle.WhatsAppBridge.Storage;
using WhatStyle.WhatsAppBridge.Tests.Support;

namespace WhatStyle.WhatsAppBridge.Tests.Functional;

/// <summary>
/// A failure that repeats on one input (an inbox record, a chat's reply) is retried a bounded number of times, then kept
/// as a dead letter, and never stops the other chats or the later messages of the same chat.
/// </summary>
public sealed class PoisonTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Dictionary<string, string?> FastPoison = new()
    {
        ["Bridge:PoisonMaxAttempts"] = "3",
        ["Bridge:PoisonRetryBaseDelay"] = "00:00:00.050",
        ["Bridge:AdminAllowUnknownAddress"] = "true",
    };

    [Fact]
    public async Task InboxRecordThatStorageRejectsEveryTime_IsDeadLetteredWithItsBody_AndTheInboxMovesOn()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph, FastPoison);
        var client = factory.CreateClient();
        var database = factory.Services.GetRequiredService<BridgeDatabase>();

        // A wamid longer than LiteDB's 1023-byte index key limit: storing it throws the same way on every attempt.
        var poison = Webhook.Body([Webhook.Text("4917400001", "the poison", id: "wamid." + new string('P', 1500))]);
        await Webhook.PostAsync(client, poison, Ct);
        await Webhook.PostAsync(client, Webhook.Body([Webhook.Text("4917400002", "another chat")]), Ct);
        await Webhook.PostAsync(client, Webhook.Body([Webhook.Text("4917400001", "same sender, later")]), Ct);

        await Webhook.EventuallyAsync(() => graph.Sends.Count == 2, "both healthy messages answered");
        var deadLetter = Assert.Single(database.InboxDeadLetters.FindAll());
        Assert.Equal(poison, Encoding.UTF8.GetString(deadLetter.Body));
        // Clearly the record's own failure (a key storage can never index): set aside at the first failure.
        Assert.Equal(1, deadLetter.Attempts);
        Assert.StartsWith("LiteException", deadLetter.Reason, StringComparison.Ordinal);
        Assert.Contains(graph.Sends, s => (string?)s["to"] == "+4917400001" && ((string?)s["text"]?["body"])!.Contains("same sender, later", StringComparison.Ordinal));

        var listed = await client.GetStringAsync(new Uri("/admin/dead-letters", UriKind.Relative), Ct);
        Assert.Contains("\"source\":\"inbox\"", listed, StringComparison.Ordinal);
        Assert.Contains(deadLetter.Id, listed, StringComparison.Ordinal);
        await AssertMetricAsync(client, "inbox", "whatstyle_bridge_poison_dead_letters_total");
    }

    [Fact]
    public async Task InboxRecordThatCanNeverBeStored_IsSetAsideAtTheFirstFailure_AndHoldsNoOtherChat()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        // The production bound (5 attempts, 1 s doubling): a record that is clearly broken must not wait it out.
        using var factory = new BridgeFactory(graph, new Dictionary<string, string?> { ["Bridge:AdminAllowUnknownAddress"] = "true" });
        var client = factory.CreateClient();
        var database = factory.Services.GetRequiredService<BridgeDatabase>();

        // Valid JSON with a valid signature, but a message id over LiteDB's 1,023-byte index key fails the same way every
        // time. (Invalid UTF-8 in a string used to be the example; it is now read with U+FFFD: BrokenTextTests.)
        var body = Encoding.UTF8.GetBytes(Webhook.Body([Webhook.Text("4917400011", "too long an id", id: "wamid." + new string('x', 1100))]));
        await Webhook.PostAsync(client, body, WhatStyle.WhatsAppBridge.Webhooks.WebhookSignature.Compute(body, BridgeFactory.AppSecret), Ct);
        await Webhook.PostAsync(client, Webhook.Body([Webhook.Text("4917400012", "another chat")]), Ct);

        await Webhook.EventuallyAsync(() => graph.Sends.Count == 1, "the other chat answered");
        var deadLetter = Assert.Single(database.InboxDeadLetters.FindAll());
        Assert.Equal(1, deadLetter.Attempts);
        Assert.StartsWith("LiteException", deadLetter.Reason, StringComparison.Ordinal);
        Assert.Equal(body, deadLetter.Body);
        Assert.Equal("+4917400012", (string?)graph.Sends.Single()["to"]);
    }


    [Fact]
    public async Task CorruptRecordInAFinishedSegment_IsDeadLetteredAndTheRecordsAfterItAreAnswered_ItCanBeDismissedNeverRetried()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph, FastPoison);
        var damaged = Webhook.Body([Webhook.Text("4917400011", "damaged on disk")]);
        using (var log = new InboxLog(factory.DataDirectory, segmentLimitBytes: 1024))
        {
            // Both in segment 1, which is then full, so the third lands in segment 2 and segment 1 is a finished segment.
            log.Append([Encoding.UTF8.GetBytes(damaged), Encoding.UTF8.GetBytes(Webhook.Body([Webhook.Text("4917400012", "after the damage")]))], 1);
            log.Append([Encoding.UTF8.GetBytes(Webhook.Body([Webhook.Text("4917400013", "next segment")]))], 2);
        }

        var segment = Path.Combine(factory.DataDirectory, "inbox", "000000000001.log");
        var bytes = File.ReadAllBytes(segment);
        bytes[16 + damaged.IndexOf("damaged", StringComparison.Ordinal)] = (byte)'D';
        File.WriteAllBytes(segment, bytes);

        var client = factory.CreateClient();
        var database = factory.Services.GetRequiredService<BridgeDatabase>();

        await Webhook.EventuallyAsync(() => graph.Sends.Count == 2, "the two intact records answered");
        var deadLetter = Assert.Single(database.InboxDeadLetters.FindAll());
        Assert.Equal(damaged.Replace("damaged", "Damaged", StringComparison.Ordinal), Encoding.UTF8.GetString(deadLetter.Body));
        Assert.Contains("checksum", deadLetter.Reason, StringComparison.Ordinal);
        Assert.Equal("inbox:1-0", deadLetter.Id);
        Assert.Null(database.Messages.FindOne(m => m.From == "4917400011"));

        Assert.True(deadLetter.Corrupt);
        var listed = await client.GetStringAsync(new Uri("/admin/dead-letters", UriKind.Relative), Ct);
        Assert.Contains("\"corrupt\":true", listed, StringComparison.Ordinal);

        // Its bytes are not the ones the signature verified, so a retry is refused (set aside with the reason) and
        // nothing is ever sent to whoever the damaged body names; dismissing it is what remains.
        var retry = WriteRequest(factory.DataDirectory, "retry", deadLetter.Id);
        var refused = Path.ChangeExtension(retry, ".failed") + ".reason";
        // The reason is written, then the request renamed: once the request is gone the reason is complete.
        await Webhook.EventuallyAsync(() => File.Exists(refused) && !File.Exists(retry), "the retry request refused");
        Assert.Contains("cannot be retried; dismiss it instead", File.ReadAllText(refused), StringComparison.Ordinal);
        Assert.NotNull(database.InboxDeadLetters.FindById(deadLetter.Id));
        Assert.DoesNotContain(graph.Sends, s => (string?)s["to"] == "+4917400011");

        WriteRequest(factory.DataDirectory, "dismiss", deadLetter.Id);
        await Webhook.EventuallyAsync(() => database.InboxDeadLetters.Count() == 0, "the corrupt record dismissed");
        Assert.DoesNotContain(graph.Sends, s => (string?)s["to"] == "+4917400011");
    }

    [Fact]
    public async Task ChatWhoseReplyFailsEveryTime_IsDeadLetteredAfterTheBound_OtherChatsAndLaterMessagesAreAnswered()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph, FastPoison);
        factory.Agent.FailWhen = m => m.Text!.Contains("boom", StringComparison.Ordinal);
        var client = factory.CreateClient();
        var database = factory.Services.GetRequiredService<BridgeDatabase>();

        await Webhook.PostAsync(client, Webhook.Body([Webhook.Text("4917400021", "boom")]), Ct);
        await Webhook.PostAsync(client, Webhook.Body([Webhook.Text("4917400022", "fine")]), Ct);

        await Webhook.EventuallyAsync(() => database.Messages.Exists(m => m.State == MessageState.DeadLetter), "the failing message dead-lettered");
        var dead = database.Messages.FindOne(m => m.State == MessageState.DeadLetter);
        Assert.Equal("boom", dead.Text);
        Assert.Equal(3, dead.Attempts);
        Assert.Contains("InvalidOperationException", dead.Note, StringComparison.Ordinal);
        Assert.Equal(3, factory.Agent.Calls.Count(c => c.Contact == "4917400021"));
        await Webhook.EventuallyAsync(() => graph.Sends.Any(s => (string?)s["to"] == "+4917400022"), "the other chat answered");

        await Webhook.PostAsync(client, Webhook.Body([Webhook.Text("4917400021", "later")]), Ct);
        await Webhook.EventuallyAsync(() => graph.Sends.Any(s => (string?)s["to"] == "+4917400021"), "the same chat's later message answered");
        Assert.Equal("re: later", (string?)graph.Sends.Single(s => (string?)s["to"] == "+4917400021")["text"]?["body"]);
        Assert.Equal(3, factory.Agent.Calls.Count(c => c.Text!.Contains("boom", StringComparison.Ordinal)));

        var listed = await client.GetStringAsync(new Uri("/admin/dead-letters", UriKind.Relative), Ct);
        Assert.Contains($"\"id\":\"incoming:{dead.Id}\"", listed, StringComparison.Ordinal);
        // Once the agent is fixed, the owner's retry answers the dead letter after all.
        factory.Agent.FailWhen = null;
        WriteRequest(factory.DataDirectory, "retry", $"incoming:{dead.Id}");
        await Webhook.EventuallyAsync(() => graph.Sends.Any(s => (string?)s["text"]?["body"] == "re: boom"), "the retried message answered");
        Assert.Equal(MessageState.Answered, database.Messages.FindById(dead.Id).State);

        await AssertMetricAsync(client, "reply", "whatstyle_bridge_poison_dead_letters_total", "whatstyle_bridge_poison_retries_total");
    }

    /// <summary>Each of <paramref name="names"/> has a sample labelled with <paramref name="stage"/>.</summary>
    private static async Task AssertMetricAsync(HttpClient client, string stage, params string[] names)
    {
        await Webhook.EventuallyAsync(() =>
        {
            var lines = client.GetStringAsync(new Uri("/metrics", UriKind.Relative), Ct).Result.Split('\n');
            return names.All(name => lines.Any(l => l.StartsWith(name + "{", StringComparison.Ordinal) && l.Contains($"stage=\"{stage}\"", StringComparison.Ordinal)));
        }, $"metrics {string.Join(", ", names)} for {stage}");
    }

    private static string WriteRequest(string dataDirectory, string action, string id)
    {
        var folder = Path.Combine(dataDirectory, "bridge-requests");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"{Guid.NewGuid():N}.json");
        File.WriteAllText(file, $$"""{"action":"{{action}}","id":"{{id}}"}""");
        return file;
    }
}
