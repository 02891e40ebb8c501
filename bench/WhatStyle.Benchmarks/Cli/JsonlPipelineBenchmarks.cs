using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using WhatStyle.Benchmarks.Tone;
using WhatStyle.Cli.Analysis;
using WhatStyle.Cli.Serialization;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Benchmarks.Cli;

/// <summary>
/// The pieces of bulk <c>analyze --format jsonl</c> in process, each per message with its allocations: reading a line,
/// the analysis, writing the reading as JSON (as the pipeline does, and through the serializer), and the whole pipeline (<see cref="JsonlAnalysis"/>, every core) into a
/// discarding stream. Where the whole process's time and garbage go (<see cref="AnalyzeProcessBenchmarks"/>).
/// Run: dotnet run -c Release --project bench/WhatStyle.Benchmarks -- --filter '*JsonlPipeline*' --job short
/// </summary>
[MemoryDiagnoser]
public class JsonlPipelineBenchmarks
{
    private const int PipelineLines = 20_000;

    private readonly string[] _messages = ChatMessages.All;
    private IToneAnalyzer _analyzer = null!;
    private ToneAnalysis[] _readings = null!;
    private string _pipelineInput = null!;
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 16);

    [GlobalSetup]
    public void Setup()
    {
        _analyzer = ToneAnalyzerFactory.CreateDefault();
        _readings = [.. _messages.Select(m => _analyzer.Analyze(m))];
        _pipelineInput = string.Join('\n', Enumerable.Range(0, PipelineLines).Select(i => _messages[i % _messages.Length]));
    }

    [Benchmark(OperationsPerInvoke = 40)]
    public int ReadLine()
    {
        var sum = 0;
        for (var i = 0; i < _messages.Length; i++)
        {
            sum += InputLines.Read(_messages[i], i + 1)!.Text.Length;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = 40)]
    public int Analyze()
    {
        var sum = 0;
        foreach (var message in _messages)
        {
            sum += _analyzer.Analyze(message).Cues.Count;
        }

        return sum;
    }

    /// <summary>The same readings through the serializer and the source-generated context.</summary>
    [Benchmark(OperationsPerInvoke = 40)]
    public int Serialize()
    {
        _buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true });
        foreach (var reading in _readings)
        {
            writer.Reset(_buffer);
            JsonSerializer.Serialize(writer, reading, CliJsonContext.Compact.ToneAnalysis);
            writer.Flush();
        }

        return _buffer.WrittenCount;
    }

    /// <summary>What the pipeline writes with: <see cref="ToneAnalysisJson"/>, member by member.</summary>
    [Benchmark(OperationsPerInvoke = 40)]
    public int WriteReading()
    {
        _buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true });
        foreach (var reading in _readings)
        {
            writer.Reset(_buffer);
            ToneAnalysisJson.Write(writer, reading);
            writer.Flush();
        }

        return _buffer.WrittenCount;
    }

    [Benchmark(OperationsPerInvoke = PipelineLines)]
    public int WholePipeline()
    {
        using var reader = new StringReader(_pipelineInput);
        return JsonlAnalysis.WriteAsync(_analyzer, reader, Stream.Null, _ => { }, CancellationToken.None).GetAwaiter().GetResult();
    }
}
