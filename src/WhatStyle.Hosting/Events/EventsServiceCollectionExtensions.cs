using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Tools.Events;

namespace WhatStyle.Hosting.Events;

/// <summary>Publishes the process's event outboxes on the bus <c>Events:Provider</c> names (docs/events.md).</summary>
public static class EventsServiceCollectionExtensions
{
    public const string NatsConnectionStringName = "Nats";
    public const string RabbitMqConnectionStringName = "RabbitMq";

    /// <summary>
    /// With <c>Events:Provider</c> = <c>nats</c> or <c>rabbitmq</c>: a background publisher drains every registered
    /// <see cref="IEventOutbox"/> to NATS JetStream at <c>ConnectionStrings:Nats</c>, or to RabbitMQ at
    /// <c>ConnectionStrings:RabbitMq</c>. With <c>none</c> (the default) nothing is registered and the
    /// stores record no events. Hosts with a generic host call this (the bridge, the MCP server); the CLI's events wait
    /// in the shared database's outbox until one of them drains it.
    /// </summary>
    /// <remarks>A provider without its connection string, or one not built yet, stops the host at start with one line.</remarks>
    public static IServiceCollection AddWhatStyleEventPublishing(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var provider = (configuration[$"{EventsOptions.SectionName}:{nameof(EventsOptions.Provider)}"] ?? EventsOptions.None).Trim().ToLowerInvariant();
        switch (provider)
        {
            case EventsOptions.None or "":
                return services;
            case EventsOptions.Nats when configuration.GetConnectionString(NatsConnectionStringName) is { Length: > 0 } url:
                services.AddSingleton<IEventBus>(_ => new NatsEventBus(url));
                break;
            case EventsOptions.Nats:
                services.FailAtStart($"Events:Provider is 'nats' but ConnectionStrings:{NatsConnectionStringName} is not set.");
                return services;
            case EventsOptions.RabbitMq when configuration.GetConnectionString(RabbitMqConnectionStringName) is { Length: > 0 } uri:
                if (!IsAmqpUri(uri))
                {
                    // Never quoted: the URI carries the password.
                    services.FailAtStart($"ConnectionStrings:{RabbitMqConnectionStringName} is not an AMQP URI (amqp://user:password@host:5672/vhost, or amqps://).");
                    return services;
                }

                services.AddSingleton<IEventBus>(_ => new RabbitMqEventBus(uri));
                break;
            case EventsOptions.RabbitMq:
                services.FailAtStart($"Events:Provider is 'rabbitmq' but ConnectionStrings:{RabbitMqConnectionStringName} is not set.");
                return services;
            default:
                services.FailAtStart($"Events:Provider '{provider}' is not known; use none, nats or rabbitmq.");
                return services;
        }

        services.AddValidatedOptions<EventPublisherOptions>(EventPublisherOptions.SectionName);
        services.AddHostedService<EventOutboxPublisher>();
        return services;
    }

    private static bool IsAmqpUri(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "amqp" or "amqps" && !string.IsNullOrEmpty(uri.Host);
}
