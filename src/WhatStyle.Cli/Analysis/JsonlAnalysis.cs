using System.Buffers;
using System.Collections.Concurrent;

using System.Text.Encodings.Web;
using System.Text.Json;
using WhatStyle.Cli.Serialization;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Cli.Analysis;

/// <summary>
/// Bulk <c>analyze --format jsonl</c>: lines are read in chunks, each chunk is analysed and serialised on the thread
/// pool (every core), and chunks are written in input order as whole buffers, so output order is input order and the
/// console sees a few large writes instead of one per line. Two chunks per core (and one more) are in flight, so a
/// file of any size needs bounded memory.
/// </summary>
/// <remarks>
/// The garbage collector sets the pace here, not the analyser: a reading is a graph of some thirty small objects, and
/// whatever is alive when a young collection runs is copied on, while every thread waits. So little is kept alive: a
/// chunk is 128 lines (1,024 lines times four chunks in flight were promoted by the thousand), a lexical reading is
/// written as soon as it is made (the deep reading's batches of 32 are the exception), the output buffers
/// (large-object-heap sized) are reused, and the JSON is written member by member with no garbage
/// (<see cref="ToneAnalysisJson"/>). Collections of the older generation per 200,000 lines went from about 33 to none.
/// </remarks>
internal static class JsonlAnalysis
{
    private const int ChunkSize = 128;

    // The deep reading's batch: small enough that its readings die young, large enough for its batched embedding.
    private const int BatchSize = 32;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    /// <summary>Analyses every message of <paramref name="reader"/> and writes one JSON object per line.</summary>
    /// <param name="output">Where the lines go as bytes (UTF-8), e.g. the process's standard output.</param>
    /// <param name="onTruncated">Told of each message cut to the length limit (a note for stderr).</param>
    /// <returns>How many messages were written.</returns>
    public static async Task<int> WriteAsync(
        IToneAnalyzer analyzer, TextReader reader, Stream output, Action<InputMessage> onTruncated, CancellationToken cancellationToken)
    {
        var inFlight = new Queue<Task<ChunkResult>>();
        // Two chunks per core and one more, so a core that finishes finds work while the oldest chunk is written
        // (200,000 lines, alternating, load ~3: 2.76-3.20 s against 2.97-3.24 s with one chunk more than cores).
        var maxInFlight = (2 * Environment.ProcessorCount) + 1;
        var buffers = new ConcurrentBag<ArrayBufferWriter<byte>>();
        var lineNumber = 0;
        var written = 0;
        var ended = false;
        while (!ended || inFlight.Count > 0)
        {
            if (!ended && inFlight.Count < maxInFlight)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var lines = new List<(string Line, int Number)>(ChunkSize);
                while (lines.Count < ChunkSize)
                {
                    // Read synchronously: the reader is buffered (a file) or blocking anyway (stdin), and this loop is
                    // the one part that no other core shares, so an awaited call per line costs every line.
                    var line = reader.ReadLine();
                    if (line is null)
                    {
                        ended = true;
                        break;
                    }

                    lines.Add((line, ++lineNumber));
                }

                if (lines.Count > 0)
                {
                    inFlight.Enqueue(Task.Run(() => Serialize(analyzer, lines, buffers), cancellationToken));
                }

                continue;
            }

            // The oldest chunk is written first, whatever finished before it: output order is input order.
            var chunk = await inFlight.Dequeue();
            foreach (var message in chunk.Truncated)
            {
                onTruncated(message);
            }

            await output.WriteAsync(chunk.Buffer.WrittenMemory, cancellationToken);
            written += Count(chunk.Buffer.WrittenSpan);
            chunk.Buffer.ResetWrittenCount();
            buffers.Add(chunk.Buffer);
            if (chunk.Error is { } error)
            {
                // The lines before the bad one are out; the error names the bad line.
                await output.FlushAsync(cancellationToken);
                throw error;
            }
        }

        await output.FlushAsync(cancellationToken);
        return written;
    }

    private static ChunkResult Serialize(
        IToneAnalyzer analyzer, List<(string Line, int Number)> lines, ConcurrentBag<ArrayBufferWriter<byte>> buffers)
    {
        if (!buffers.TryTake(out var buffer))
        {
            buffer = new ArrayBufferWriter<byte>(lines.Count * 2048);
        }

        var scratch = new ArrayBufferWriter<byte>(2048);
        using var writer = new Utf8JsonWriter(buffer, WriterOptions);
        List<InputMessage>? truncated = null;
        // The chunk's lines are parsed first, then analysed in batches: the deep reading embeds a batch in one model call.
        var messages = new List<InputMessage>(lines.Count);
        UserErrorException? error = null;
        foreach (var (line, number) in lines)
        {
            try
            {
                if (InputLines.Read(line, number) is { } read)
                {
                    messages.Add(read);
                }
            }
            catch (UserErrorException ex)
            {
                // The lines before the bad one are still written, then the error stops the run.
                error = ex;
                break;
            }
        }

        if (analyzer is not IDeepToneAnalyzer)
        {
            // The lexical reading gains nothing from a batch: each reading is written as soon as it is made, so only
            // one is alive per thread when the collector runs, and none is copied on.
            foreach (var message in messages)
            {
                WriteLine(message, analyzer.Analyze(message.Text), buffer, scratch, writer, ref truncated);
            }

            return new ChunkResult(buffer, truncated ?? [], error);
        }

        var texts = new string[BatchSize];
        for (var start = 0; start < messages.Count; start += BatchSize)
        {
            var count = Math.Min(BatchSize, messages.Count - start);
            for (var i = 0; i < count; i++)
            {
                texts[i] = messages[start + i].Text;
            }

            var analyses = analyzer.AnalyzeBatch(count == BatchSize ? texts : texts[..count]);
            for (var i = 0; i < count; i++)
            {
                WriteLine(messages[start + i], analyses[i], buffer, scratch, writer, ref truncated);
            }
        }

        return new ChunkResult(buffer, truncated ?? [], error);
    }

    private static void WriteLine(
        InputMessage message, ToneAnalysis analysis, ArrayBufferWriter<byte> buffer, ArrayBufferWriter<byte> scratch,
        Utf8JsonWriter writer, ref List<InputMessage>? truncated)
    {
        if (message.IdJson is null && !message.Truncated)
        {
            writer.Reset(buffer);
            ToneAnalysisJson.Write(writer, analysis);
            writer.Flush();
        }
        else
        {
            // "id" (echoed as given) and "truncated" lead the object: the reading is spliced in after them.
            scratch.ResetWrittenCount();
            writer.Reset(scratch);
            ToneAnalysisJson.Write(writer, analysis);
            writer.Flush();
            buffer.Write("{"u8);
            if (message.IdJson is { } id)
            {
                buffer.Write("\"id\":"u8);
                buffer.Write(id);
                buffer.Write(","u8);
            }

            if (message.Truncated)
            {
                (truncated ??= []).Add(message);
                buffer.Write("\"truncated\":true,"u8);
            }

            buffer.Write(scratch.WrittenSpan[1..]);
        }

        buffer.Write("\n"u8);
    }

    private static int Count(ReadOnlySpan<byte> bytes) => bytes.Count((byte)'\n');

    private sealed record ChunkResult(ArrayBufferWriter<byte> Buffer, IReadOnlyList<InputMessage> Truncated, UserErrorException? Error);
}
