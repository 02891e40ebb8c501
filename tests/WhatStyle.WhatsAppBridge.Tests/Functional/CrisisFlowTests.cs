using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WhatStyle.Tools.Drafts;
using WhatStyle.WhatsAppBridge.Storage;
using WhatStyle.WhatsAppBridge.Tests.Support;

namespace WhatStyle.WhatsAppBridge.Tests.Functional;

/// <summary>
/// Care first, through the bridge in auto mode: a message that may be a crisis gets no automatic reply, its reply is
/// held as a draft marked crisis and the owner is alerted (log and /metrics); an idiom that borrows crisis words gets
/// the normal reply.
/// </summary>
public sealed class CrisisFlowTests
{
    /// <summary>Each crisis kind in at least three languages (en, es, fr, de, pt), said outright and indirectly.</summary>
    public static readonly (string Text, string Kind)[] Crises =
    [
        ("honestly I just want to kill myself", "self-harm"),
        ("I don't really care about anything lately. nobody would notice if I was gone", "self-harm"),
        ("ya no quiero vivir, perdóname", "self-harm"),
        ("j'ai envie de mourir ce soir", "self-harm"),
        ("ich will nicht mehr leben", "self-harm"),
        ("quero morrer, não aguento mais", "self-harm"),
        ("my car broke down on the motorway and it's getting dark", "danger"),
        ("someone is following me, can you stay on the phone", "danger"),
        ("me están siguiendo desde el metro 😰", "danger"),
        ("quelqu'un me suit depuis la gare", "danger"),
        ("jemand ist eingebrochen, ruf die polizei", "danger"),
        ("alguém está me seguindo na rua", "danger"),
        ("we're at the vet, Bella swallowed something", "medical"),
        ("dad collapsed, the ambulance is on its way", "medical"),
        ("mi madre no puede respirar, vamos a urgencias", "medical"),
        ("mon père fait une crise cardiaque", "medical"),
        ("Oma ist bewusstlos, Notarzt kommt", "medical"),
        ("meu pai desmaiou, estamos no pronto socorro", "medical"),
        ("he hit me again and I'm scared to go home", "abuse"),
        ("me pegó otra vez, tengo miedo de él", "abuse"),
        ("il m'a frappée hier soir", "abuse"),
        ("er hat mich geschlagen", "abuse"),
        ("ele me bateu de novo", "abuse"),
        ("im on the bridge. just wanted to hear from someone one last time", "self-harm"),
        ("there's a shooting at the mall, we're hiding in a storeroom", "danger"),
        ("fui estuprada ontem na festa", "abuse"),
    ];

    /// <summary>Figures of speech borrowing the words of each kind, in several languages.</summary>
    public static readonly string[] Idioms =
    [
        "I'm drowning in emails today",
        "this presentation will be the death of me",
        "my boss nearly gave me a heart attack with that email",
        "these heels are killing me 😂",
        "you're on fire today, three goals!",
        "I'm dying to see the new Dune",
        "me muero de risa con tu foto",
        "me muero de hambre, ¿pedimos pizza?",
        "ce prof me tue, trop de devoirs",
        "je meurs de faim",
        "dieser Stau bringt mich um",
        "ich sterbe vor Hunger",
        "tô morrendo de rir kkkk",
        "estou morrendo de fome",
        "my best friend stabbed me in the back",
        "stuck on the bridge in traffic, running late",
    ];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AutoMode_CrisisInAnyLanguage_HeldAsCrisisDraftWithAlert_IdiomsAnsweredNormally()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        var logs = new CapturingLoggerProvider();
        using var factory = new BridgeFactory(graph, new Dictionary<string, string?> { ["Bridge:DefaultMode"] = "auto" })
        {
            ReplaceServices = services => services.AddSingleton<ILoggerProvider>(logs),
        };
        var client = factory.CreateClient();
        var drafts = factory.Services.GetRequiredService<IDraftStore>();
        var crisisSenders = Crises.Select((c, i) => (Sender: Sender(100 + i), c.Text, c.Kind)).ToList();
        var idiomSenders = Idioms.Select((t, i) => (Sender: Sender(300 + i), Text: t)).ToList();

        var crisisMessages = crisisSenders.Select(c => Webhook.Text(c.Sender, c.Text)).ToList();
        await Webhook.PostAsync(client, Webhook.Body([.. crisisMessages, .. idiomSenders.Select(c => Webhook.Text(c.Sender, c.Text))]), Ct);

        await Webhook.EventuallyAsync(() => graph.Sends.Count >= idiomSenders.Count && drafts.ListAsync(DraftStatus.Pending, Ct).Result.Count >= crisisSenders.Count,
            "idioms answered and crises drafted", 30);
        await Task.Delay(500, Ct);

        var sentTo = graph.Sends.Select(s => (string?)s["to"]).ToList();
        foreach (var (sender, text) in idiomSenders)
        {
            Assert.True(sentTo.Count(t => t == "+" + sender) == 1, $"the idiom \"{text}\" should get one normal reply");
        }

        foreach (var (sender, text, _) in crisisSenders)
        {
            Assert.False(sentTo.Contains("+" + sender), $"the crisis \"{text}\" must not be answered automatically");
        }

        // No read receipt or typing indicator promises a reply that will not come.
        var crisisIds = crisisMessages.Select(m => (string?)m["id"]).ToHashSet();
        Assert.DoesNotContain(graph.ReadReceipts, r => crisisIds.Contains((string?)r["message_id"]));
        var held = (await drafts.ListAsync(DraftStatus.Pending, Ct)).ToDictionary(d => d.Contact);
        Assert.Equal(crisisSenders.Count, held.Count);
        foreach (var (sender, text, kind) in crisisSenders)
        {
            var draft = held[sender];
            Assert.True(draft.Crisis?.EndsWith(" " + kind, StringComparison.Ordinal) == true, $"\"{text}\" should be held as {kind}, was {draft.Crisis ?? "not marked"}");
            Assert.Null(draft.StickerPath);
        }

        var metrics = await client.GetStringAsync(new Uri("/metrics", UriKind.Relative), Ct);
        Assert.Contains("whatstyle_bridge_crisis_held", metrics, StringComparison.Ordinal);
        foreach (var kind in new[] { "self-harm", "danger", "medical", "abuse" })
        {
            Assert.Contains($"kind=\"{kind}\"", metrics, StringComparison.Ordinal);
        }

        var alerts = logs.Messages.Where(m => m.Level == LogLevel.Critical && m.Text.Contains("Possible crisis", StringComparison.Ordinal)).ToList();
        Assert.Equal(crisisSenders.Count, alerts.Count);
        Assert.DoesNotContain(alerts, a => crisisSenders.Any(c => a.Text.Contains(c.Text, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task QuietHours_Crisis_DraftedAtOnceAndIdiomWaits()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        var now = TimeProvider.System.GetUtcNow();
        using var factory = new BridgeFactory(graph, new Dictionary<string, string?>
        {
            ["Bridge:QuietHoursStart"] = now.AddHours(-1).ToString("HH:mm", CultureInfo.InvariantCulture),
            ["Bridge:QuietHoursEnd"] = now.AddHours(2).ToString("HH:mm", CultureInfo.InvariantCulture),
        });
        var client = factory.CreateClient();
        var drafts = factory.Services.GetRequiredService<IDraftStore>();
        var idiom = Webhook.Text(Sender(500), "I'm drowning in emails today");

        await Webhook.PostAsync(client, Webhook.Body([Webhook.Text(Sender(501), "help, someone broke in and I'm hiding upstairs"), idiom]), Ct);

        await Webhook.EventuallyAsync(() => drafts.ListAsync(DraftStatus.Pending, Ct).Result.Count == 1, "the crisis drafted during quiet hours");
        Assert.Equal("likely danger", (await drafts.ListAsync(DraftStatus.Pending, Ct)).Single().Crisis);
        var database = factory.Services.GetRequiredService<BridgeDatabase>();
        await Task.Delay(500, Ct);
        Assert.Equal(MessageState.Pending, database.Messages.FindById((string)idiom["id"]!).State);
        Assert.Empty(graph.Sends);
        Assert.Empty(graph.ReadReceipts);
    }

    [Fact]
    public async Task DraftApproval_CrisisDraft_SendsTheOwnersOwnText()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph);
        var client = factory.CreateClient();
        var drafts = factory.Services.GetRequiredService<IDraftStore>();

        await Webhook.PostAsync(client, Webhook.Body([Webhook.Text(Sender(600), "tengo miedo, mi novio me pegó")]), Ct);

        await Webhook.EventuallyAsync(() => drafts.ListAsync(DraftStatus.Pending, Ct).Result.Count == 1, "the crisis draft");
        var draft = (await drafts.ListAsync(DraftStatus.Pending, Ct)).Single();
        Assert.Equal("likely abuse", draft.Crisis);
        await drafts.ApproveAsync(draft.Id, "Estoy aquí. Te llamo ahora mismo.", Ct);
        await Webhook.EventuallyAsync(() => graph.Sends.Count == 1, "the owner's approved reply");
        Assert.Equal("Estoy aquí. Te llamo ahora mismo.", (string?)graph.Sends.Single()["text"]!["body"]);
    }

    private static string Sender(int n) => (4917900000 + n).ToString(CultureInfo.InvariantCulture);

    /// <summary>Keeps every log line the bridge writes, to check the owner's alert.</summary>
    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<(LogLevel Level, string Text)> Messages { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(Messages);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<(LogLevel, string)> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                messages.Enqueue((logLevel, formatter(state, exception)));
        }
    }
}
