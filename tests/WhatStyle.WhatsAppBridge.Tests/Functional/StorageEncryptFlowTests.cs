using System.Net;
using System.Text;
using WhatStyle.Tools.Storage.Maintenance;
using WhatStyle.WhatsAppBridge.Tests.Support;

namespace WhatStyle.WhatsAppBridge.Tests.Functional;

/// <summary>
/// A bridge run without a password, `whatstyle storage encrypt`, the same bridge with the password: what it knew (the
/// dedupe set) still holds, new messages are answered, and no file holds a message's text in clear.
/// </summary>
public sealed class StorageEncryptFlowTests
{
    private const string Password = "correct horse battery staple";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Encrypt_BetweenTwoRuns_TheBridgeKeepsItsDedupeSetAndAnswersOnce()
    {
        var before = $"before-{Guid.NewGuid():N}";
        var after = $"after-{Guid.NewGuid():N}";
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        var clear = new BridgeFactory(graph) { KeepDataDirectory = true };
        var dataDirectory = clear.DataDirectory;
        try
        {
            var first = await Webhook.PostAsync(clear.CreateClient(), Webhook.Body([Webhook.Text("4917066666", before, id: "wamid.enc.1")]), Ct);
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            await Webhook.EventuallyAsync(() => graph.Sends.Count == 1, "the reply before encrypting");
            clear.Dispose();

            var stores = new DataDirectoryEncryption(dataDirectory, "whatstyle.db", Password).Run(dryRun: false, _ => { });

            Assert.True(stores >= 1, "bridge.db was encrypted");
            using var encrypted = new BridgeFactory(graph, new Dictionary<string, string?> { ["DataDirectory"] = dataDirectory, ["Storage:Password"] = Password });
            var client = encrypted.CreateClient();
            // Meta redelivers the first message: the dedupe set, now encrypted, must still know it.
            var redelivered = await Webhook.PostAsync(client, Webhook.Body([Webhook.Text("4917066666", before, id: "wamid.enc.1")]), Ct);
            var second = await Webhook.PostAsync(client, Webhook.Body([Webhook.Text("4917066666", after, id: "wamid.enc.2")]), Ct);
            Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (redelivered.StatusCode, second.StatusCode));
            await Webhook.EventuallyAsync(() => graph.Sends.Count >= 2, "the reply after encrypting");
            await Task.Delay(1000, Ct);

            Assert.Equal([$"re: {before}", $"re: {after}"], graph.Sends.Select(s => (string?)s["text"]!["body"]));
            encrypted.Dispose();
            foreach (var file in Directory.EnumerateFiles(dataDirectory, "*", SearchOption.AllDirectories))
            {
                var bytes = File.ReadAllBytes(file);
                Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(before)) < 0 && bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(after)) < 0,
                    $"{Path.GetRelativePath(dataDirectory, file)} holds a message in clear");
            }
        }
        finally
        {
            clear.Dispose();
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
