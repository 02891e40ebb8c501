using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Cli.Analysis;
using WhatStyle.Cli.Serialization;
using WhatStyle.Cli.Terminal;
using WhatStyle.Tools.Text;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Cli.Commands;

/// <summary>`whatstyle analyze`: the tone of one message (--text) or of many (--input FILE|-, one per line or JSONL).</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var text = new Option<string?>("--text") { Description = "The message to analyse." };
        var input = new Option<string?>("--input")
        {
            Description = "A file ('-' for stdin) with one message per line, or JSONL objects with a \"text\" field (an \"id\" field is echoed back). Blank lines are skipped.",
        };
        var format = new Option<string>("--format") { Description = "Output: table (for people) or jsonl (one JSON object per message, in input order).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "jsonl");
        var deep = new Option<bool>("--deep")
        {
            Description = "Add the reading of meaning (the local sentence-embedding model, as the reply path and analyze_tone use): "
                + "crises, distress, urgency and intent said without the listed words. Slower; the model loads on first use.",
        };
        var command = new Command("analyze", "Read the tone of messages: sentiment, emotion, intensity, formality, urgency, sarcasm, support, crisis, intent.") { text, input, format, deep };
        command.Validators.Add(result =>
        {
            if ((result.GetValue(text) is null) == (result.GetValue(input) is null))
            {
                result.AddError("Pass exactly one of --text or --input.");
            }
        });
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            _ = AnalyzerWarmUp.Start();
            using var services = CliServices.Build(parseResult);
            // The same choice as the MCP tool analyze_tone: the deep analyser registered by AddToneAnalysis (lexical when
            // Tone:Semantic is false), else the fast lexical one.
            IToneAnalyzer analyzer = parseResult.GetValue(deep)
                ? services.GetRequiredService<IDeepToneAnalyzer>()
                : services.GetRequiredService<IToneAnalyzer>();
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var jsonl = parseResult.GetValue(format) == "jsonl";
            if (parseResult.GetValue(text) is { } message)
            {
                var cut = InputLines.Plain(message, 1);
                var analysis = analyzer.Analyze(cut.Text);
                if (cut.Truncated)
                {
                    await error.WriteLineAsync(TruncatedNote(cut));
                }

                if (jsonl)
                {
                    await output.WriteLineAsync(JsonSerializer.Serialize(analysis, CliJsonContext.Compact.ToneAnalysis));
                }
                else
                {
                    ToneTable.WriteDetail(output, analysis);
                }

                return ExitCodes.Success;
            }

            using var reader = AnalyzeInput.Open(parseResult.GetValue(input)!, Console.In);
            if (jsonl)
            {
                // The console gets bytes straight from the serialiser; a test's writer gets them through a stream.
                await using var stream = ReferenceEquals(output, Console.Out)
                    ? Console.OpenStandardOutput()
                    : new TextWriterStream(output);
                await JsonlAnalysis.WriteAsync(analyzer, reader, stream, m => error.WriteLine(TruncatedNote(m)), cancellationToken);
                return ExitCodes.Success;
            }

            var texts = new List<string>();
            var notes = new List<string>();
            var lineNumber = 0;
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                if (InputLines.Read(line, ++lineNumber) is not { } read)
                {
                    continue;
                }

                if (read.Truncated)
                {
                    notes.Add(TruncatedNote(read));
                }

                texts.Add(read.Text);
            }

            ToneTable.WriteSummary(output, analyzer.AnalyzeBatch(texts));
            foreach (var note in notes)
            {
                await output.WriteLineAsync(note);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static string TruncatedNote(InputMessage message) => string.Create(CultureInfo.InvariantCulture,
        $"note: line {message.LineNumber} is longer than {TextLimits.MaxMessageLength:N0} characters; only its first {TextLimits.MaxMessageLength:N0} were analysed.");
}
