using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using WhatStyle.Dashboard.Bridge;
using WhatStyle.Tools;

namespace WhatStyle.Dashboard.Tests.Support;

/// <summary>The dashboard on Kestrel at 127.0.0.1 (a free port) over a temporary data directory, with a fake bridge and clock.</summary>
internal sealed class DashboardServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private DashboardServer(WebApplication app, string dataDirectory, Uri address)
    {
        _app = app;
        DataDirectory = dataDirectory;
        Address = address;
    }

    public string DataDirectory { get; }

    public Uri Address { get; }

    public IServiceProvider Services => _app.Services;

    public FakeBridgeOperations Bridge => (FakeBridgeOperations)_app.Services.GetRequiredService<IBridgeOperations>();

    public FakeTimeProvider Time => (FakeTimeProvider)_app.Services.GetRequiredService<TimeProvider>();

    public T Get<T>() where T : notnull => _app.Services.GetRequiredService<T>();

    public static Task<DashboardServer> StartAsync(IDictionary<string, string?>? settings = null, CancellationToken cancellationToken = default) =>
        StartAsync(settings, configure: null, cancellationToken);

    /// <param name="configure">Changes to the services after the dashboard's own (a counting wrapper, a real key).</param>
    public static async Task<DashboardServer> StartAsync(IDictionary<string, string?>? settings, Action<IServiceCollection>? configure, CancellationToken cancellationToken)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("whatstyle-dashboard-").FullName;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero)));
        builder.Services.AddWhatStyleTools(builder.Configuration, dataDirectory);
        builder.Services.AddWhatStyleDashboard(builder.Configuration, dataDirectory);
        builder.Services.AddSingleton<IBridgeOperations, FakeBridgeOperations>();
        configure?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapWhatStyleDashboard();
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new DashboardServer(app, dataDirectory, new Uri(address));
    }

    public DashboardClient Client() => new(Address);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a finalising LiteDB handle: the temporary folder is left behind, harmlessly.
        }
    }
}
