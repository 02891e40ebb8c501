using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WhatStyle.Hosting.Memory;
using WhatStyle.Tools;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Memory;

namespace WhatStyle.Hosting.Tests.Memory;

/// <summary>A host that keeps running embeds imported history in the background, and not when switched off.</summary>
public sealed class BackgroundEmbeddingTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2024, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly string _data = Path.Combine(Path.GetTempPath(), "whatstyle-hosting-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task StartAsync_ImportedHistoryWaiting_IsEmbeddedInTheBackground()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var services = Build(on: true);
        var contact = await ImportAsync(services, ct);
        var backlog = services.GetRequiredService<IEmbeddingBacklog>();
        Assert.Equal(40, Assert.Single(await backlog.StatusAsync(ct)).Pending);

        var worker = services.GetServices<IHostedService>().OfType<BackgroundService>().Single();
        await worker.StartAsync(ct);
        try
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (Assert.Single(await backlog.StatusAsync(ct)).Pending > 0 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50, ct);
            }
        }
        finally
        {
            await worker.StopAsync(CancellationToken.None);
        }

        Assert.Equal(0, Assert.Single(await backlog.StatusAsync(ct)).Pending);
        Assert.Equal(new EmbeddingProgress(40, 40, false), backlog.Progress);
        Assert.All(await services.GetRequiredService<IMessageRepository>().ExchangesAsync(ConversationKeys.ForId(contact), ct), x => Assert.Equal("meaning", x.Model));
    }

    [Fact]
    public async Task StartAsync_SwitchedOff_EndsWithoutEmbedding()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var services = Build(on: false);
        await ImportAsync(services, ct);
        var worker = services.GetServices<IHostedService>().OfType<BackgroundService>().Single();

        await worker.StartAsync(ct);
        await worker.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(30), ct);

        Assert.Equal(40, Assert.Single(await services.GetRequiredService<IEmbeddingBacklog>().StatusAsync(ct)).Pending);
        Assert.Equal(EmbeddingProgress.Idle, services.GetRequiredService<IEmbeddingBacklog>().Progress);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder must not fail a test.
        }
    }

    private ServiceProvider Build(bool on)
    {
        Directory.CreateDirectory(_data);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Embeddings:Model"] = "hashing",
            ["Memory:BackgroundEmbedding"] = on ? "true" : "false",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddWhatStyleProcessDefaults();
        // A model other than the lexical one (the hashing vectors under another name), so an import's exchanges wait for it.
        services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(_ => new Renamed(new FixedVectors()));
        services.AddWhatStyleTools(configuration, _data);
        services.AddBackgroundEmbedding();
        return services.BuildServiceProvider();
    }

    private static async Task<string> ImportAsync(ServiceProvider services, CancellationToken ct)
    {
        var contact = (await services.GetRequiredService<IContactDirectory>().GetOrCreateAsync("Jo", ct)).Contact.Id;
        await services.GetRequiredService<IConversationMemory>().RecordManyAsync(
            [.. Enumerable.Range(0, 40).SelectMany(i => new[]
            {
                new ConversationMessage($"q{i}", contact, null, MessageDirection.Incoming, $"question {i}", Start.AddHours(i)),
                new ConversationMessage($"r{i}", contact, null, MessageDirection.Outgoing, $"reply {i}", Start.AddHours(i).AddMinutes(2)),
            })], ct);
        return contact;
    }

    /// <summary>Fixed small vectors: the test is about which exchanges get embedded, not their meaning.</summary>
    private sealed class FixedVectors : IEmbeddingGenerator<string, Embedding<float>>
    {
        public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(values.Select(v => new Embedding<float>(new float[] { v.Length % 7, 1, 0 }))));

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
            // Nothing held.
        }
    }

    private sealed class Renamed(IEmbeddingGenerator<string, Embedding<float>> inner) : IEmbeddingGenerator<string, Embedding<float>>
    {
        public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default) =>
            [.. (await inner.GenerateAsync(values, options, cancellationToken)).Select(e => new Embedding<float>(e.Vector) { ModelId = "meaning" })];

        public object? GetService(Type serviceType, object? serviceKey = null) =>
            serviceKey is null && serviceType == typeof(EmbeddingGeneratorMetadata) ? new EmbeddingGeneratorMetadata("tests", null, "meaning", 3) : null;

        public void Dispose() => inner.Dispose();
    }
}
