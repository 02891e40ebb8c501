using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace WhatStyle.Agent.Replies.Connection;

/// <summary>
/// The agent's services as the in-process MCP server sees them: the same, except that its logger factory is a
/// <see cref="ToolErrorLoggerFactory"/> (see there why).
/// </summary>
internal sealed class InProcessServerServices(IServiceProvider inner) : IKeyedServiceProvider
{
    private readonly ToolErrorLoggerFactory? _loggerFactory = inner.GetService<ILoggerFactory>() is { } factory ? new ToolErrorLoggerFactory(factory) : null;

    public object? GetService(Type serviceType) =>
        serviceType == typeof(ILoggerFactory) && _loggerFactory is not null ? _loggerFactory : inner.GetService(serviceType);

    public object? GetKeyedService(Type serviceType, object? serviceKey) =>
        inner is IKeyedServiceProvider keyed ? keyed.GetKeyedService(serviceType, serviceKey) : null;

    public object GetRequiredKeyedService(Type serviceType, object? serviceKey) =>
        inner is IKeyedServiceProvider keyed
            ? keyed.GetRequiredKeyedService(serviceType, serviceKey)
            : throw new InvalidOperationException($"No keyed service for {serviceType.Name}: the agent's container does not support keyed services.");
}
