using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Tools.Tests.Support;

/// <summary>A throw-away data directory with the WhatStyle services over it; deleted on dispose.</summary>
internal sealed class TempDataDirectory : IDisposable
{
    public TempDataDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "whatstyle-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Builds the real services (LiteDB in this directory); the caller disposes the provider before this directory.</summary>
    /// <param name="settings">Configuration values.</param>
    /// <param name="toneAnalyzer">An analyser to use instead of the real one.</param>
    /// <param name="configure">Runs after the real registrations, e.g. to decorate a repository.</param>
    public ServiceProvider BuildServices(IDictionary<string, string?>? settings = null, IToneAnalyzer? toneAnalyzer = null, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(TimeProvider.System);
        if (toneAnalyzer is not null)
        {
            services.AddSingleton(toneAnalyzer);
        }

        services.AddWhatStyleTools(configuration, Path);
        configure?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a failed test must not hide that test's real failure.
        }
    }
}
