using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using WhatStyle.Tools.Serialization;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Cli.Commands;

/// <summary>`whatstyle analyze`: the tone of one message (--text) or of many (--input FILE|-, one per line or JSONL).</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var text = new Option<string?>("--text") { Description = "The message to analyse." };
        var input = new Option<string?>("--input") { Description = "A file ('-' for stdin) with one message per line, or JSONL objects with a \"text\" field." };
        var format = new Option<string>("--format") { Description = "Output: table (for people) or jsonl (one JSON object per message, in input order).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "jsonl");
        var command = new Command("analyze", "Read the tone of messages: sentiment, emotion, intensity, formality, urgency, sarcasm, support.") { text, input, format };
        command.Validators.Add(result =>
        {
            if ((result.GetValue(text) is null) == (result.GetValue(input) is null))
            {
                result.AddError("Pass exactly one of --text or --input.");
            }
        });
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var services = CliServices.Build(parseResult);
            var analyzer = services.GetRequiredService<IToneAnalyzer>();
            var output = parseResult.InvocationConfiguration.Output;
            var jsonl = parseResult.GetValue(format) == "jsonl";
            if (parseResult.GetValue(text) is { } message)
            {
                var analysis = analyzer.Analyze(message);
                if (jsonl)
                {
                    await output.WriteLineAsync(JsonSerializer.Serialize(analysis, WhatStyleJson.Options));
                }
                else
                {
                    ToneTable.WriteDetail(output, analysis);
                }

                return ExitCodes.Success;
            }

            var path = parseResult.GetValue(input)!;
            using var reader = OpenInput(path);
            var batch = new List<ToneAnalysis>();
            var lineNumber = 0;
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                lineNumber++;
                var analysis = analyzer.Analyze(MessageOf(line, lineNumber));
                if (jsonl)
                {
                    // Streamed, so a million-line file needs no memory and other tools see results at once.
                    await output.WriteLineAsync(JsonSerializer.Serialize(analysis, WhatStyleJson.Options));
                }
                else
                {
                    batch.Add(analysis);
                }
            }

            if (!jsonl)
            {
                ToneTable.WriteSummary(output, batch);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static TextReader OpenInput(string path)
    {
        if (path == "-")
        {
            return Console.In;
        }

        return File.Exists(path)
            ? new StreamReader(path)
            : throw new UserErrorException($"Input file '{path}' not found.");
    }

    /// <summary>A JSONL object's "text" field, or the line itself when it is not a JSON object.</summary>
    private static string MessageOf(string line, int lineNumber)
    {
        var trimmed = line.TrimStart();
        if (!trimmed.StartsWith('{'))
        {
            return line;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(trimmed);
        }
        catch (JsonException)
        {
            // Not JSON after all: a message that happens to start with '{'.
            return line;
        }

        using (document)
        {
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("text", out var value)
                && value.ValueKind == JsonValueKind.String)
            {
                return value.GetString()!;
            }
        }

        throw new UserErrorException(string.Create(CultureInfo.InvariantCulture, $"line {lineNumber}: JSON object without a string \"text\" field."));
    }
}
