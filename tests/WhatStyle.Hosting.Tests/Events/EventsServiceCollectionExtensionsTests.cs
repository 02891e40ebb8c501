using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WhatStyle.Hosting.Events;

namespace WhatStyle.Hosting.Tests.Events;

/// <summary>Which bus <c>Events:Provider</c> wires, and the one-line refusals at start.</summary>
public sealed class EventsServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddWhatStyleEventPublishing_RabbitMqWithAnAmqpUri_PublishesThroughRabbitMq()
    {
        await using var services = Build(new() { ["Events:Provider"] = "rabbitmq", ["ConnectionStrings:RabbitMq"] = "amqp://whatstyle:pw@127.0.0.1:5672/" });

        services.GetRequiredService<IStartupValidator>().Validate();

        Assert.IsType<RabbitMqEventBus>(services.GetRequiredService<IEventBus>());
    }

    [Theory]
    [InlineData(null, "ConnectionStrings:RabbitMq is not set")]
    [InlineData("http://whatstyle:hunter2-pw@127.0.0.1:5672/", "ConnectionStrings:RabbitMq is not an AMQP URI")]
    [InlineData("whatstyle:hunter2-pw@nowhere", "ConnectionStrings:RabbitMq is not an AMQP URI")]
    public void AddWhatStyleEventPublishing_RabbitMqBadConnectionString_RefusesAtStartWithoutQuotingIt(string? uri, string expected)
    {
        using var services = Build(new() { ["Events:Provider"] = "rabbitmq", ["ConnectionStrings:RabbitMq"] = uri });

        var refused = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(expected, refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", refused.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddWhatStyleEventPublishing(configuration);
        return services.BuildServiceProvider();
    }
}
