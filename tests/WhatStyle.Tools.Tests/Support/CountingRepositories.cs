using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Contacts.Groups;
using WhatStyle.Tools.Memory;

namespace WhatStyle.Tools.Tests.Support;

/// <summary>Counts calls to the repositories behind the domain, to show work done once (or not at all) without timing anything.</summary>
internal sealed class RepositoryCallCounts
{
    private readonly Dictionary<string, int> _calls = new(StringComparer.Ordinal);

    public int this[string method]
    {
        get
        {
            lock (_calls)
            {
                return _calls.GetValueOrDefault(method);
            }
        }
    }

    public void Count(string method)
    {
        lock (_calls)
        {
            _calls[method] = _calls.GetValueOrDefault(method) + 1;
        }
    }

    /// <summary>Wraps the registered message, group and contact repositories with counting decorators.</summary>
    public void Decorate(IServiceCollection services)
    {
        Wrap<IMessageRepository>(services, inner => new CountingMessageRepository(inner, this));
        Wrap<IGroupRepository>(services, inner => new CountingGroupRepository(inner, this));
        Wrap<IContactRepository>(services, inner => new CountingContactRepository(inner, this));
    }

    private static void Wrap<T>(IServiceCollection services, Func<T, T> decorate)
        where T : class
    {
        var registered = services.Last(d => d.ServiceType == typeof(T));
        services.AddSingleton(sp => decorate((T)(registered.ImplementationFactory?.Invoke(sp)
            ?? registered.ImplementationInstance
            ?? ActivatorUtilities.CreateInstance(sp, registered.ImplementationType!))));
    }
}
