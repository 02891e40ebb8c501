using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WhatStyle.Dashboard;
using WhatStyle.Dashboard.Bridge;
using WhatStyle.Dashboard.Data;
using WhatStyle.Tools;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Drafts;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.Storage;
using WhatStyle.Tools.Takeovers;

namespace WhatStyle.Benchmarks.Dashboard;

/// <summary>
/// The dashboard's inbox over 1,000 conversations and 100,000 messages (100 each), 50 drafts waiting and 20 chats taken
/// over: the page's data alone, and the whole page (GET /dashboard, Razor rendering included) from Kestrel on loopback.
/// Target: under 300 ms of server time (issue 16).
/// </summary>
[MemoryDiagnoser]
public class InboxBenchmarks
{
    private const int Conversations = 1_000;
    private const int MessagesEach = 100;

    private string _dataDirectory = "";
    private WebApplication? _app;
    private HttpClient? _http;
    private InboxQuery? _inbox;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _dataDirectory = Directory.CreateTempSubdirectory("whatstyle-bench-inbox-").FullName;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Services.AddWhatStyleTools(builder.Configuration, _dataDirectory);
        builder.Services.AddWhatStyleDashboard(builder.Configuration, _dataDirectory);
        builder.Services.AddSingleton<IBridgeOperations, NoBridge>();
        _app = builder.Build();
        _app.MapWhatStyleDashboard();
        await SeedAsync(_app.Services);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = new Uri(address) };
        _inbox = _app.Services.GetRequiredService<InboxQuery>();
    }

    [Benchmark(Description = "inbox data (InboxQuery)")]
    public Task<IReadOnlyList<InboxRow>> InboxData() => _inbox!.LoadAsync(new InboxFilter(), CancellationToken.None);

    [Benchmark(Description = "GET /dashboard (rendered page)")]
    public Task<string> InboxPage() => _http!.GetStringAsync("/dashboard");

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _http?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Directory.Delete(_dataDirectory, recursive: true);
    }

    private static async Task SeedAsync(IServiceProvider services)
    {
        var contacts = services.GetRequiredService<IContactDirectory>();
        var messages = services.GetRequiredService<IMessageRepository>();
        var drafts = services.GetRequiredService<IDraftStore>();
        var takeovers = services.GetRequiredService<ITakeovers>();
        var start = new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.Zero);
        string[] lines = ["hey, how are you?", "running late, sorry!!", "URGENT call me asap", "haha that was so funny 😂", "ok see you tomorrow", "I miss you ❤️"];
        for (var c = 0; c < Conversations; c++)
        {
            var number = $"+49170{c:D7}";
            var profile = await contacts.GetOrCreateAsync(number);
            var batch = new List<ConversationMessage>(MessagesEach);
            for (var m = 0; m < MessagesEach; m++)
            {
                var incoming = m % 2 == 0;
                batch.Add(new ConversationMessage(
                    $"b{c}-{m}", profile.Contact.Id, null, incoming ? MessageDirection.Incoming : MessageDirection.Outgoing,
                    lines[(c + m) % lines.Length], start.AddMinutes(c * 7 + m * 3), WrittenByWhatStyle: !incoming && m % 3 == 0));
            }

            await messages.AddNewAsync(batch, []);
            if (c % 20 == 0)
            {
                await drafts.AddAsync(new Draft { Id = $"reply:b{c}", Contact = number, Chat = number, Text = "on my way", IncomingText = "where are you?", Provider = "mistral", CreatedAt = start });
            }

            if (c % 50 == 1)
            {
                await takeovers.TakeOverAsync(profile.Contact.Id);
            }
        }
    }

    private sealed class NoBridge : IBridgeOperations
    {
        public bool IsLive => false;

        public Task<ChannelStatus> ChannelAsync(CancellationToken cancellationToken) => Task.FromResult(ChannelStatus.Offline("no bridge"));

        public Task<IReadOnlyList<ProviderState>> ProvidersAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<ProviderState>>([]);

        public Task<IReadOnlyList<BridgeDeadLetter>> DeadLettersAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<BridgeDeadLetter>>([]);

        public Task<string> ActOnDeadLetterAsync(string id, DeadLetterAction action, CancellationToken cancellationToken) => Task.FromResult("");

        public Task<bool> SendNoteToSelfAsync(string alertId, string text, CancellationToken cancellationToken) => Task.FromResult(false);
    }
}
