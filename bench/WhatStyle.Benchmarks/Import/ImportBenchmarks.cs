using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Tools;
using WhatStyle.Tools.Import;

namespace WhatStyle.Benchmarks.Import;

/// <summary>
/// Imports a generated 100,000-message export into a fresh LiteDB file (shared connection mode, as the CLI runs it).
/// Run: dotnet run -c Release --project bench/WhatStyle.Benchmarks -- --filter '*ImportBenchmarks*'
/// </summary>
[Config(typeof(ImportBenchmarkConfig))]
[MemoryDiagnoser]
public class ImportBenchmarks
{
    private string _root = "";
    private string _export = "";
    private string _dataDirectory = "";
    private ServiceProvider? _services;

    [Params(100_000)]
    public int Messages { get; set; }

    [GlobalSetup]
    public void GenerateExport()
    {
        _root = Path.Combine(Path.GetTempPath(), "whatstyle-bench-import", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_root);
        _export = Path.Combine(_root, "WhatsApp Chat with Robin.txt");
        ExportGenerator.Write(_export, Messages);
    }

    [IterationSetup]
    public void FreshDatabase()
    {
        _dataDirectory = Path.Combine(_root, Guid.NewGuid().ToString("N"));
        var configuration = new ConfigurationBuilder().Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddWhatStyleTools(configuration, _dataDirectory);
        _services = services.BuildServiceProvider();
    }

    [Benchmark]
    public async Task<int> ImportExport()
    {
        var result = await _services!.GetRequiredService<IChatImporter>().ImportAsync(new ImportRequest(_export, "Sam"));
        return result.NewMessages;
    }

    [IterationCleanup]
    public void DropDatabase()
    {
        _services?.Dispose();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    [GlobalCleanup]
    public void RemoveExport() => Directory.Delete(_root, recursive: true);
}

/// <summary>
/// One cold import per iteration (an import is seconds long, so no unrolling), in process: building the generated
/// benchmark project of the whole solution exceeds BenchmarkDotNet's 2-minute build timeout on a busy 2-core machine.
/// </summary>
internal sealed class ImportBenchmarkConfig : ManualConfig
{
    public ImportBenchmarkConfig() =>
        AddJob(Job.Default
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true))
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(3));
}
