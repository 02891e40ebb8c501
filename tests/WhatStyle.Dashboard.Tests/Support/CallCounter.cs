using System.Collections.Concurrent;
using System.Reflection;

namespace WhatStyle.Dashboard.Tests.Support;

/// <summary>Wraps a service interface and counts the calls to each of its methods (how many lookups a query makes).</summary>
public class CallCounter<T> : DispatchProxy
    where T : class
{
    private T _inner = null!;

    public ConcurrentDictionary<string, int> Calls { get; } = new(StringComparer.Ordinal);

    public static (T Proxy, CallCounter<T> Counter) Wrap(T inner)
    {
        var proxy = Create<T, CallCounter<T>>();
        var counter = (CallCounter<T>)(object)proxy;
        counter._inner = inner;
        return (proxy, counter);
    }

    public int this[string method] => Calls.GetValueOrDefault(method);

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        Calls.AddOrUpdate(targetMethod.Name, 1, (_, n) => n + 1);
        try
        {
            return targetMethod.Invoke(_inner, args);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            throw ex.InnerException;
        }
    }
}

/// <summary>Puts a <see cref="CallCounter{T}"/> around the registered <typeparamref name="T"/>.</summary>
public static class CountingRegistration
{
    public static Func<CallCounter<T>> Count<T>(Microsoft.Extensions.DependencyInjection.IServiceCollection services)
        where T : class
    {
        CallCounter<T>? counter = null;
        var original = services.Last(d => d.ServiceType == typeof(T));
        services.Add(Microsoft.Extensions.DependencyInjection.ServiceDescriptor.Singleton<T>(sp =>
        {
            var inner = (T)(original.ImplementationInstance
                ?? original.ImplementationFactory?.Invoke(sp)
                ?? Microsoft.Extensions.DependencyInjection.ActivatorUtilities.CreateInstance(sp, original.ImplementationType!));
            var (proxy, count) = CallCounter<T>.Wrap(inner);
            counter = count;
            return proxy;
        }));
        return () => counter ?? throw new InvalidOperationException($"{typeof(T).Name} was never asked for.");
    }
}
