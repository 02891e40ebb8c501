using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Tools;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.Voice.Model;
using WhatStyle.WhatsAppBridge.Tests.Support;

namespace WhatStyle.WhatsAppBridge.Tests.Replies;

/// <summary>The bridge trains the owner's voice model in the background from what its data directory holds.</summary>
public sealed class VoiceModelRetrainerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Bridge_OwnerHistoryInDataDirectory_TrainsTheFirstVersionInTheBackground()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph, new Dictionary<string, string?>
        {
            ["Voice:FirstRetrainDelay"] = "00:00:00",
            ["Voice:MinExamples"] = "5",
        });
        await SeedHistoryAsync(factory.DataDirectory);

        _ = factory.CreateClient(); // starts the host and its workers
        var store = factory.Services.GetRequiredService<VoiceModelStore>();
        await Webhook.EventuallyAsync(() => store.Versions().Count > 0, "the first voice model version");

        Assert.Equal(8, store.Manifest(1)!.Examples["owner"]);
        var models = factory.Services.GetRequiredService<VoiceModels>();
        var current = models.Current;
        Assert.True(current?.Version == 1, $"current {current?.Version}; problems: {string.Join(" | ", models.Problems)}; versions {string.Join(",", store.Versions())}");
    }

    /// <summary>The owner's history with one contact, written before the bridge starts (as an import would).</summary>
    private static async Task SeedHistoryAsync(string dataDirectory)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Tone:Semantic"] = "false" }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddWhatStyleTools(configuration, dataDirectory);
        await using var provider = services.BuildServiceProvider();
        var jake = await provider.GetRequiredService<IContactDirectory>().GetOrCreateAsync("Jake", Ct);
        var start = new DateTimeOffset(2026, 10, 1, 18, 0, 0, TimeSpan.Zero);
        var messages = Enumerable.Range(0, 8).SelectMany(i => new[]
        {
            new ConversationMessage($"in{i}", jake.Contact.Id, null, MessageDirection.Incoming, "are you coming tonight?", start.AddDays(i)),
            new ConversationMessage($"out{i}", jake.Contact.Id, null, MessageDirection.Outgoing, "yes see you there 😊", start.AddDays(i).AddMinutes(2)),
        }).ToList();
        await provider.GetRequiredService<IConversationMemory>().RecordManyAsync(messages, Ct);
    }
}
