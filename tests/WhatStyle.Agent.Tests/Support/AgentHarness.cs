using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using WhatStyle.Agent.Providers;
using WhatStyle.Agent.Replies;
using WhatStyle.Agent.Demo;
using WhatStyle.Tools.Replies.Queue;
using WhatStyle.Tools;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Agent.Tests.Support;

/// <summary>
/// The whole agent over the real domain and the real in-process MCP server, in a temporary data directory seeded with
/// the owner's people, with a scripted model in place of the provider chain.
/// </summary>
internal sealed class AgentHarness : IAsyncDisposable
{
    private static readonly Lazy<IToneAnalyzer> SharedTone = new(ToneAnalyzerFactory.CreateDefault);

    private readonly string _dataDirectory;

    private AgentHarness(string dataDirectory, ServiceProvider services, ScriptedChatClient model, FakeTimeProvider time, List<string> warnings)
    {
        _dataDirectory = dataDirectory;
        Warnings = warnings;
        Services = services;
        Model = model;
        Time = time;
    }

    /// <summary>The real tone analyser every harness shares (e.g. to wrap it in a recording one).</summary>
    public static IToneAnalyzer SharedToneAnalyzer => SharedTone.Value;

    public ServiceProvider Services { get; }

    public ScriptedChatClient Model { get; }

    public FakeTimeProvider Time { get; }

    public IReplyAgent Agent => Services.GetRequiredService<IReplyAgent>();

    public IRetryQueue Queue => Services.GetRequiredService<IRetryQueue>();

    public IContactDirectory Contacts => Services.GetRequiredService<IContactDirectory>();

    /// <summary>Warnings and errors logged by the agent (e.g. refused tool calls).</summary>
    public List<string> Warnings { get; }

    /// <param name="model">The scripted model (a default one when null).</param>
    /// <param name="chain">A real provider chain to use instead of the scripted model (e.g. against the fake provider server).</param>
    /// <param name="configure">Extra registrations, e.g. an SK function-invocation filter, or a decorated domain service.</param>
    public static async Task<AgentHarness> StartAsync(ScriptedChatClient? model = null, IChatClient? chain = null, Action<IServiceCollection>? configure = null)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("whatstyle-agent-test-").FullName;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Prompts:Directory"] = TestPrompts.Directory,
            // The embedding model is loaded only by the tests that need it (the Tools tests' shared fixture).
            ["Tone:Semantic"] = "false",
        }).Build();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
        var scripted = model ?? new ScriptedChatClient();
        var warnings = new List<string>();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.AddProvider(new ListLoggerProvider(warnings)).SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(time);
        services.AddKeyedSingleton<IChatClient>(ProviderChainServiceCollectionExtensions.ChatClientKey, chain ?? scripted);
        services.AddWhatStyleTools(configuration, dataDirectory);
        services.AddSingleton(SharedTone.Value); // loading the tone model once per test run keeps the suite fast
        // After the domain, so a test may replace or decorate a domain service; before the agent, which only TryAdds.
        configure?.Invoke(services);
        services.AddReplyAgent(configuration);
        var provider = services.BuildServiceProvider();
        await DemoWorld.SeedAsync(provider.GetRequiredService<IContactDirectory>(), provider.GetRequiredService<IConversationMemory>(), TestContext.Current.CancellationToken);
        return new AgentHarness(dataDirectory, provider, scripted, time, warnings);
    }

    public Task<AgentReply> ReplyAsync(string contact, string text, string? group = null, params string[] members)
    {
        Time.Advance(TimeSpan.FromMinutes(10));
        return Agent.ReplyAsync(new IncomingMessage { Contact = contact, Text = text, Group = group, GroupMembers = members }, TestContext.Current.CancellationToken);
    }

    public IConversationMemory Memory => Services.GetRequiredService<IConversationMemory>();

    public async Task<ContactProfile> ProfileAsync(string name) =>
        await Contacts.FindAsync(name, TestContext.Current.CancellationToken) ?? throw new InvalidOperationException($"{name} not found");

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a finalizer-bound handle: the OS cleans temp folders.
        }
    }

    private sealed class ListLoggerProvider(List<string> sink) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new ListLogger(sink, categoryName);

        public void Dispose()
        {
        }
    }

    private sealed class ListLogger(List<string> sink, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (sink)
            {
                sink.Add($"{category}: {formatter(state, exception)}");
            }
        }
    }
}
