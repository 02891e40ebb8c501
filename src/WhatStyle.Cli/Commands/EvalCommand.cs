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
        var chat = new Option<string?>("--chat") { Description = $"Folder holding the chat set's test.tsv (default: {ChatSet.Folder} in this checkout)." };
        var split = new Option<string>("--chat-split") { Description = "Which split of the chat set to score: test (default, the measurement), heldout (a second test split by another author) or train (to check fitting).", DefaultValueFactory = _ => "test" };
        split.AcceptOnlyFromAmong("test", "heldout", "train");
        var json = CliOptions.Json();
        var command = new Command("eval", "Measure the tone analyser on GoEmotions dev, Pavlick formality, SemEval irony and CARER val, and urgency, distress, crisis and intent on the chat test split.")
        {
            data, model, limit, chat, split, json,
        };
        command.Subcommands.Add(EvalVoiceCommand.Create());
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

            var chatRows = new List<ChatEvaluationRow>();
            var chatFolder = parseResult.GetValue(chat) ?? ChatSet.Locate();
            var chatSplit = parseResult.GetValue(split)!;
            if (chatFolder is not null && File.Exists(Path.Combine(chatFolder, chatSplit + ".tsv")))
            {
                var test = ChatSet.Read(chatFolder, chatSplit);
                var deep = modelDirectory is null ? ToneAnalyzerFactory.CreateDeep(analyzer) : ToneAnalyzerFactory.DeepFromModelDirectory(modelDirectory);
                var dataset = $"data/chat {chatSplit}";
                chatRows.AddRange(ChatEvaluator.Evaluate(test, analyzer, "lexical", dataset));
                chatRows.AddRange(ChatEvaluator.Evaluate(test, deep, "deep", dataset));
                chatRows.AddRange(ChatEvaluator.CrisisFlagRate(dataDirectory, analyzer, "lexical", parseResult.GetValue(limit)));
                chatRows.AddRange(ChatEvaluator.CrisisFlagRate(dataDirectory, deep, "deep", parseResult.GetValue(limit)));
            }

            chatRows.AddRange(ChatEvaluator.Sarcasm(dataDirectory, analyzer, parseResult.GetValue(limit)));
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(json))
            {
                output.WriteLine(JsonSerializer.Serialize(new { sets = rows, chat = chatRows }, WhatStyleJson.Indented));
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
            var chatTable = new Table().AddColumns("dimension", "reading", "data set", "scored", "n", "precision", "recall", "F1", "accuracy", "flag rate");
            foreach (var row in chatRows)
            {
                chatTable.AddRow(new[]
                {
                    row.Dimension, row.Reading, row.Dataset, row.Target, row.Examples.ToString(CultureInfo.InvariantCulture),
                    F(row.Precision), F(row.Recall), F(row.F1), F(row.Accuracy), row.FlagRate is { } rate ? F(rate) : "-",
                }.Select(cell => new Text(cell)));
            }

            console.Write(chatTable);
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static string F(double value) => double.IsNaN(value) ? "-" : value.ToString("0.000", CultureInfo.InvariantCulture);
}
