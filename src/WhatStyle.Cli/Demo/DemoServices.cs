using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WhatStyle.Agent.Providers;
using WhatStyle.Hosting;
using WhatStyle.Tools;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Memory;

using WhatStyle.Agent.Demo;
using WhatStyle.Agent.Replies;

namespace WhatStyle.Cli.Demo;

/// <summary>Service providers for the demo: the owner's configuration (keys from the environment, if any) over a given data directory.</summary>
internal static class DemoServices
{
    public static async Task<ServiceProvider> BuildAsync(string dataDirectory, IReadOnlyDictionary<string, string?> overrides, bool offlineOnly, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            // The demo's world lives in a throw-away data directory, whatever storage the owner configured.
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Provider"] = "litedb" })
            .AddInMemoryCollection(overrides)
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        // The demo narrates failures itself; the chain's own warnings would only repeat them on stderr.
        services.AddWhatStyleProcessDefaults(LogLevel.Error);
        services.AddWhatStyleTools(configuration, dataDirectory);
        if (offlineOnly)
        {
            services.AddKeyedSingleton<IChatClient>(ProviderChainServiceCollectionExtensions.ChatClientKey, new NoProviderChatClient());
        }

        services.AddReplyAgent(configuration);
        var provider = services.BuildServiceProvider();
        await DemoWorld.SeedAsync(provider.GetRequiredService<IContactDirectory>(), provider.GetRequiredService<IConversationMemory>(), cancellationToken);
        return provider;
    }

    /// <summary>Settings that put Mistral on a loopback port nobody listens on: every attempt fails at once, without any network.</summary>
    public static Dictionary<string, string?> UnreachableProvider() => new()
    {
        ["Providers:Order"] = "mistral",
        ["Providers:Mistral:ApiKey"] = "demo-key-for-an-unreachable-endpoint",
        ["Providers:Mistral:Endpoint"] = $"http://127.0.0.1:{ClosedPort()}/v1",
        ["Providers:Mistral:TimeoutSeconds"] = "5",
    };

    private static int ClosedPort()
    {
        // Bind to an ephemeral port and release it: connecting to it is then refused immediately.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
