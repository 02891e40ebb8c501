using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WhatStyle.Agent.Providers;
using WhatStyle.Agent.Tests.Fakes;

namespace WhatStyle.Agent.Tests.Providers;

/// <summary>A provider chain wired through <c>AddProviderChain</c> against a <see cref="FakeProviderServer"/>.</summary>
internal sealed class ProviderChainHarness : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private ProviderChainHarness(FakeProviderServer server, ServiceProvider services, FakeTimeProvider? time)
    {
        Server = server;
        this.services = services;
        Time = time;
    }

    public FakeProviderServer Server { get; }

    /// <summary>The fake clock, when the harness was built with one (cooldown tests); timeouts then only fire on Advance.</summary>
    public FakeTimeProvider? Time { get; }

    public IChatClient Chain => services.GetRequiredKeyedService<IChatClient>(ProviderChainServiceCollectionExtensions.ChatClientKey);

    public IProviderChainStatus Status => services.GetRequiredService<IProviderChainStatus>();

    public static async Task<ProviderChainHarness> StartAsync(bool fakeTime = true, params (string Key, string? Value)[] settings)
    {
        var server = await FakeProviderServer.StartAsync(TestContext.Current.CancellationToken);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(server.Configuration(settings)).Build();
        var time = fakeTime ? new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero)) : null;
        var collection = new ServiceCollection();
        if (time is not null)
        {
            collection.AddSingleton<TimeProvider>(time);
        }

        collection.AddProviderChain(configuration);
        return new ProviderChainHarness(server, collection.BuildServiceProvider(), time);
    }

    public Task<ChatResponse> AskAsync(string text = "How's your day going?", ChatOptions? options = null) =>
        Chain.GetResponseAsync([new ChatMessage(ChatRole.User, text)], options, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await Server.DisposeAsync();
    }
}
