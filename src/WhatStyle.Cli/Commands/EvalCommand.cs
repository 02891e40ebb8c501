using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using WhatStyle.Hosting;
using WhatStyle.Tools.Serialization;
using WhatStyle.Tools.Storage;
using WhatStyle.Tools.Tone;
using WhatStyle.Tools.Tone.Evaluation;

namespace WhatStyle.Cli.Commands;

/// <summary>`whatstyle eval`: accuracy and macro-F1 per tone dimension on the labelled sets, beside a majority baseline.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var data = new Option<string?>("--data") { Description = "The shared data folder (default: ../shared/data beside the checkout)." };
        var model = new Option<string?>("--model") { Description = "Evaluate a model folder written by 'whatstyle train --output' instead of the shipped one." };
        var limit = new Option<int?>("--limit") { Description = "Score at most N examples per set (quick check)." };
        var json = CliOptions.Json();
        var command = new Command("eval", "Measure the tone analyser on GoEmotions dev, Pavlick formality, SemEval irony and CARER val.") { data, model, limit, json };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var dataDirectory = parseResult.GetValue(data) ?? HostEnvironment.LocateShared("data")
                ?? throw new UserErrorException("../shared/data not found; pass --data FOLDER.");
            if (!Directory.Exists(dataDirectory))
            {
                throw new UserErrorException($"Data folder '{dataDirectory}' does not exist.");
            }

            var modelDirectory = parseResult.GetValue(model);
            if (modelDirectory is not null && !File.Exists(Path.Combine(modelDirectory, "emotion.zip")))
            {
                throw new UserErrorException($"No trained model in '{modelDirectory}' (expected emotion.zip and sentiment.zip).");
            }

            var analyzer = modelDirectory is null ? ToneAnalyzerFactory.CreateDefault() : ToneAnalyzerFactory.FromModelDirectory(modelDirectory);
            var rows = ToneEvaluator.Evaluate(dataDirectory, analyzer, parseResult.GetValue(limit));
            if (rows.Count == 0)
            {
                throw new UserErrorException($"No labelled sets found under '{dataDirectory}'.");
            }

            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(json))
            {
                output.WriteLine(JsonSerializer.Serialize(rows, WhatStyleJson.Indented));
                return Task.FromResult(ExitCodes.Success);
            }

            var table = new Table().AddColumns("dimension", "data set", "n", "accuracy", "macro-F1", "metric", "score", "baseline acc.", "baseline score", "target");
            foreach (var row in rows)
            {
                table.AddRow(new[]
                {
                    row.Dimension,
                    row.Dataset,
                    row.Examples.ToString(CultureInfo.InvariantCulture),
                    F(row.Accuracy),
                    F(row.MacroF1),
                    row.Metric,
                    F(row.Score),
                    F(row.BaselineAccuracy),
                    F(row.BaselineScore),
                    row.Target is { } t ? $"{F(t)} {(row.MeetsTarget == true ? "met" : "not met")}" : "-",
                }.Select(cell => new Text(cell)));
            }

            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
            console.Profile.Width = Math.Max(console.Profile.Width, 150);
            console.Write(table);
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
