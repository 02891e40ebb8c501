using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using WhatStyle.Benchmarks.Tone;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Benchmarks.Cli;

/// <summary>
/// Bulk `whatstyle analyze --input FILE --format jsonl` as a whole process (start-up, model load, reading, JSON and
/// output included) against the analyser's own rate in process, one thread, over the same 200,000-line file.
/// Times are per message (OperationsPerInvoke = the line count); the process's rate over the in-process rate is
/// 1 / Ratio. Run: dotnet run -c Release --project bench/WhatStyle.Benchmarks -- --filter '*AnalyzeProcess*' --job short --inProcess
/// </summary>
public class AnalyzeProcessBenchmarks
{
    private const int Lines = 200_000;

    private string _input = null!;
    private string[] _messages = null!;
    private IToneAnalyzer _analyzer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _messages = [.. Enumerable.Range(0, Lines).Select(i => ChatMessages.All[i % ChatMessages.All.Length])];
        _input = Path.Combine(Path.GetTempPath(), $"whatstyle-analyze-bench-{Environment.ProcessId}.txt");
        File.WriteAllLines(_input, _messages);
        _analyzer = ToneAnalyzerFactory.CreateDefault();
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_input);

    [Benchmark(Baseline = true, OperationsPerInvoke = Lines)]
    public int InProcessOneThread()
    {
        var sum = 0;
        foreach (var message in _messages)
        {
            sum += _analyzer.Analyze(message).Cues.Count;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Lines)]
    public long WholeProcessJsonl()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { CliDll(), "analyze", "--input", _input, "--format", "jsonl" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var counter = new CountingStream();
        process.StandardOutput.BaseStream.CopyTo(counter);
        process.WaitForExit();
        return process.ExitCode == 0 && counter.Newlines == Lines
            ? counter.Newlines
            : throw new InvalidOperationException($"whatstyle analyze exited {process.ExitCode} after {counter.Newlines} lines: {error.Result}");
    }

    /// <summary>The built CLI (Release, beside this benchmark's build), never `dotnet run`.</summary>
    private static string CliDll()
    {
        var configured = Environment.GetEnvironmentVariable("WHATSTYLE_CLI_DLL");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "WhatStyle.sln")))
            {
                var dll = Path.Combine(dir.FullName, "src", "WhatStyle.Cli", "bin", "Release", "net10.0", "whatstyle.dll");
                return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build the CLI first: dotnet build src/WhatStyle.Cli -c Release ({dll})");
            }
        }

        throw new FileNotFoundException("WhatStyle.sln not found above the benchmark; set WHATSTYLE_CLI_DLL.");
    }

    /// <summary>Discards the output but counts its lines, so a run that stopped early cannot pass for a fast one.</summary>
    private sealed class CountingStream : Stream
    {
        public long Newlines { get; private set; }

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Newlines += buffer.AsSpan(offset, count).Count((byte)'\n');

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
