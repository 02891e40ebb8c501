using BenchmarkDotNet.Running;

namespace WhatStyle.Benchmarks;

/// <summary>Lists every benchmark in this assembly; pick with --filter, e.g. --filter '*Tone*'.</summary>
internal static class BenchmarkProgram
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
}
