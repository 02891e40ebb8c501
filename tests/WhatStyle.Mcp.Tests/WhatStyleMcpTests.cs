using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Client;
using WhatStyle.Mcp.Tests.Support;

namespace WhatStyle.Mcp.Tests;

public sealed class WhatStyleMcpTests
{
    [Fact]
    public async Task ConnectCore_ClientDisposed_ServerStops()
    {
        await using var context = await McpTestContext.CreateAsync();

        var (client, serverCompletion) = await WhatStyleMcp.ConnectCoreAsync(context.Services, null, TestContext.Current.CancellationToken);
        await client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken);
        await client.DisposeAsync();

        await serverCompletion.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        Assert.True(serverCompletion.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task ConnectInProcess_TwoClients_ShareTheSameDomainState()
    {
        await using var context = await McpTestContext.CreateAsync();
        var writer = await context.ConnectAsync();
        var reader = await context.ConnectAsync();

        await writer.CallAsync("update_contact_profile", new { contact = "Anna", nickname = "Annie-bee" });
        var profile = (await reader.CallAsync("get_contact_profile", new { contact = "Anna" })).Structured();

        Assert.Equal("Annie-bee", profile.GetProperty("nickname").GetString());
    }

    [Fact]
    public async Task AddWhatStyleMcpServer_Registered_ResolvesAServer()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddWhatStyleMcpServer().WithStreamServerTransport(Stream.Null, Stream.Null);

        await using var provider = services.BuildServiceProvider();

        Assert.NotNull(provider.GetService<ModelContextProtocol.Server.McpServer>());
    }
}
