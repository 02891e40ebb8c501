using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace WhatStyle.Benchmarks;

/// <summary>Lists every benchmark in this assembly; pick with --filter, e.g. --filter '*Tone*'.</summary>
internal static class BenchmarkProgram
{
    // Microsoft.ML.OnnxRuntime.Managed (under the sentence-embedding model) ships without the optimisation flag in its
    // assembly attributes, which BenchmarkDotNet reads as a debug build; it is NuGet's release package, so the check is off.
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly)
        .Run(args, DefaultConfig.Instance.WithOptions(ConfigOptions.DisableOptimizationsValidator));
}
