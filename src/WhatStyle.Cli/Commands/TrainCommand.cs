using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using WhatStyle.Hosting;
using WhatStyle.Tools.Storage;
using WhatStyle.Tools.Tone.Evaluation;
using WhatStyle.Tools.Tone.Training;

namespace WhatStyle.Cli.Commands;

/// <summary>
/// `whatstyle train`: rebuilds the tone model from GoEmotions in ../shared/data, with a progress bar; with <c>--voice</c>, trains
/// the owner's voice model from the data directory instead (<see cref="TrainVoice"/>).
/// </summary>
internal static class TrainCommand
{
    /// <summary>Where the shipped model lives in a checkout, relative to the repository root.</summary>
    public const string ShippedModelFolder = "src/WhatStyle.Tools/Tone/Model";

    public static Command Create()
    {
        var data = new Option<string?>("--data")
        {
            Description = "Folder holding goemotions/ (default: ../shared/data beside the checkout).",
        };
        var output = new Option<string?>("--output")
        {
            Description = $"Folder to write the tone model (emotion.zip, sentiment.zip and their .weights) into (default: {ShippedModelFolder} in this checkout).",
        };
        var defaults = new ToneTrainingOptions();
        var l1 = new Option<float>("--l1") { Description = "L1 penalty (sparsity).", DefaultValueFactory = _ => defaults.L1 };
        var l2 = new Option<float>("--l2") { Description = "L2 penalty.", DefaultValueFactory = _ => defaults.L2 };
        var balance = new Option<float>("--class-balance") { Description = "0 = no class re-weighting, 1 = fully balanced.", DefaultValueFactory = _ => defaults.ClassBalance };
        var chat = new Option<string?>("--chat") { Description = $"Folder holding the chat set's train.tsv (default: {ChatSet.Folder} in this checkout)." };
        var cv = new Option<bool>("--cv") { Description = "Do not write anything: cross-validate the semantic heads on the chat training split and print precision/recall per threshold." };
        var voice = new Option<bool>("--voice") { Description = "Train the owner's voice model from your replies and decided drafts in the data directory (a new version; earlier ones are kept), not the tone model." };
        var semanticOnly = new Option<bool>("--semantic-only") { Description = "Only retrain the semantic heads (semantic.json), not the GoEmotions emotion and sentiment models." };
        var command = new Command("train", "Rebuild the tone model from GoEmotions (train split; dev split for scores) and the semantic heads from the chat set and GoEmotions.")
        {
            data, output, l1, l2, balance, chat, semanticOnly, cv, voice,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            if (parseResult.GetValue(voice))
            {
                return TrainVoice.RunAsync(parseResult, cancellationToken);
            }

            var dataDirectory = parseResult.GetValue(data) ?? HostEnvironment.LocateShared("data")
                ?? throw new UserErrorException("../shared/data not found; pass --data FOLDER (the folder that holds goemotions/).");
            if (!Directory.Exists(Path.Combine(dataDirectory, "goemotions", "original")))
            {
                throw new UserErrorException($"No GoEmotions data under '{dataDirectory}' (expected goemotions/original/train.tsv).");
            }

            var outputDirectory = parseResult.GetValue(output) ?? DefaultOutput()
                ?? throw new UserErrorException($"Cannot find {ShippedModelFolder} from here; pass --output FOLDER.");
            var writer = parseResult.InvocationConfiguration.Output;
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) });
            var chatFolder = parseResult.GetValue(chat) ?? ChatSet.Locate()
                ?? throw new UserErrorException($"{ChatSet.Folder} not found; pass --chat FOLDER (the folder that holds train.tsv).");
            if (parseResult.GetValue(cv))
            {
                foreach (var line in new SemanticHeadTrainer().CrossValidate(chatFolder, Path.Combine(dataDirectory, "goemotions"), cancellationToken: cancellationToken))
                {
                    parseResult.InvocationConfiguration.Output.WriteLine(line);
                }

                return Task.FromResult(ExitCodes.Success);
            }

            ToneTrainingResult? result = null;
            string? semantic = null;
            var onlySemantic = parseResult.GetValue(semanticOnly);
            console.Progress().Start(context =>
            {
                var task = context.AddTask("training", maxValue: 1.0);
                var progress = new SynchronousProgress(p =>
                {
                    task.Description = p.Stage;
                    task.Value = p.Fraction;
                });
                var options = new ToneTrainingOptions { L1 = parseResult.GetValue(l1), L2 = parseResult.GetValue(l2), ClassBalance = parseResult.GetValue(balance) };
                if (!onlySemantic)
                {
                    result = new ToneModelTrainer().Train(dataDirectory, outputDirectory, options, progress, cancellationToken);
                }

                semantic = new SemanticHeadTrainer().Train(chatFolder, Path.Combine(dataDirectory, "goemotions"), outputDirectory, progress, cancellationToken);
                task.Value = 1;
            });

            writer.WriteLine($"wrote {Path.Combine(outputDirectory, "semantic.json")}: {semantic}");
            if (result is null)
            {
                return Task.FromResult(ExitCodes.Success);
            }

            writer.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"wrote {result!.OutputDirectory} ({result.ModelBytes / 1024} KB) from {result.TrainRows} rows; dev macro-F1 (model alone): emotion {result.DevEmotionMacroF1:0.000}, sentiment {result.DevSentimentMacroF1:0.000}"));
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static string? DefaultOutput()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, ShippedModelFolder);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; would post to the thread pool, out of order).</summary>
    private sealed class SynchronousProgress(Action<ToneTrainingProgress> report) : IProgress<ToneTrainingProgress>
    {
        public void Report(ToneTrainingProgress value) => report(value);
    }
}
