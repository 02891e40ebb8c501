using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using WhatStyle.WhatsAppBridge.Inbox;
using WhatStyle.WhatsAppBridge.Tests.Support;

namespace WhatStyle.WhatsAppBridge.Tests.Functional;

/// <summary>With Storage:Password set, no file in the data directory holds a message's text in clear.</summary>
public sealed class EncryptionAtRestTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Post_WithAPassword_NoFileInTheDataDirectoryHoldsTheMessageOrReplyText()
    {
        var found = await FilesHoldingTheTextAsync(password: "correct horse battery staple");

        Assert.Empty(found);
    }

    [Fact]
    public async Task Post_WithoutAPassword_TheSameScanFindsTheText()
    {
        // The scan above can fail: without a password the text is there to be found.
        var found = await FilesHoldingTheTextAsync(password: null);

        Assert.NotEmpty(found);
    }

    [Fact]
    public async Task Post_WhileTheInboxCannotBeWritten_Answers503ThenRecoversWithoutARestart()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph);
        var client = factory.CreateClient();
        var log = factory.Services.GetRequiredService<InboxLog>();
        log.Faults.FailWrites = () => new IOException("No space left on device");

        var refused = await Webhook.PostAsync(client, Webhook.Body([Webhook.Text("4917055555", "first try", id: "wamid.full.1")]), Ct);
        var stillRefused = await Webhook.PostAsync(client, Webhook.Body([Webhook.Text("4917055555", "first try", id: "wamid.full.1")]), Ct);
        log.Faults.FailWrites = null;
        var accepted = await Webhook.PostAsync(client, Webhook.Body([Webhook.Text("4917055555", "first try", id: "wamid.full.1")]), Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, stillRefused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        await Webhook.EventuallyAsync(() => graph.Sends.Count == 1, "the reply once the disk has space again");
        await Task.Delay(500, Ct);
        Assert.Equal("re: first try", (string?)Assert.Single(graph.Sends)["text"]!["body"]);
    }

    private static async Task<List<string>> FilesHoldingTheTextAsync(string? password)
    {
        var text = $"secret-plan-{Guid.NewGuid():N}";
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        var settings = new Dictionary<string, string?> { ["Storage:Password"] = password };
        var factory = new BridgeFactory(graph, settings) { KeepDataDirectory = true };
        try
        {
            var client = factory.CreateClient();
            var response = await Webhook.PostAsync(client, Webhook.Body([Webhook.Text("4917044444", text)]), Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await Webhook.EventuallyAsync(() => graph.Sends.Count == 1, "the reply");
            Assert.Equal($"re: {text}", (string?)graph.Sends.Single()["text"]!["body"]);

            // While running (LiteDB's log files hold the latest writes) and after a clean stop (checkpointed into the data files).
            var found = Scan(factory.DataDirectory, text);
            factory.Dispose();
            found.AddRange(Scan(factory.DataDirectory, text));
            return found;
        }
        finally
        {
            factory.Dispose();
            Directory.Delete(factory.DataDirectory, recursive: true);
        }
    }

    private static List<string> Scan(string directory, string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        var found = new List<string>();
        var files = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).ToList();
        Assert.Contains(files, f => f.EndsWith("bridge.db", StringComparison.Ordinal));
        foreach (var file in files.Where(f => !f.EndsWith("bridge.lock", StringComparison.Ordinal)))
        {
            // bridge.lock is held exclusively while the bridge runs; it holds no data, only the lock.
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            if (copy.GetBuffer().AsSpan(0, (int)copy.Length).IndexOf(needle) >= 0)
            {
                found.Add(Path.GetRelativePath(directory, file));
            }
        }

        return found;
    }
}
