using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Spectre.Console;
using WhatStyle.Agent.Evaluation;
using WhatStyle.Agent.Replies;
using WhatStyle.Hosting;
using WhatStyle.Tools;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Import;
using WhatStyle.Tools.Serialization;

namespace WhatStyle.Cli.Commands;

/// <summary>
/// `whatstyle eval voice FILE --me NAME`: learns from the first 80% of a chat and measures, on the owner's replies in
/// the rest, how close three systems come to what the owner really wrote.
/// </summary>
internal static class EvalVoiceCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "A one-to-one WhatsApp export (.txt) with enough of the owner's replies." };
        var me = new Option<string>("--me") { Description = "Your name (or number) as it appears in the file.", Required = true };
        CommandValues.NotBlank(me, "your name (or number) as it appears in the file");
        var relationship = CommandValues.Enum<Relationship>("--relationship", "Your relationship to the contact (the baseline knows it too).");
        var samples = new Option<int>("--samples") { Description = "Also print this many compared replies (text output only).", DefaultValueFactory = _ => 0 };
        var json = CliOptions.Json();
        var command = new Command("voice", "Measure how much replies sound like you: style distance and meaning, without personalisation, with the learned fingerprint, and with the full system.")
        {
            file, me, relationship, samples, json,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var path = Path.GetFullPath(parseResult.GetValue(file)!);
            if (!File.Exists(path))
            {
                throw new UserErrorException($"'{path}' does not exist.");
            }

            // The training part goes into a database of its own, never into the owner's data directory.
            var work = Directory.CreateTempSubdirectory("whatstyle-eval-voice-");
            try
            {
                await using var services = Build(work.FullName);
                var evaluator = services.GetRequiredService<VoiceEvaluator>();
                VoiceEvaluation result;
                IReadOnlyList<VoiceSample> compared;
                try
                {
                    (result, compared) = await evaluator.EvaluateAsync(path, parseResult.GetValue(me)!, parseResult.GetValue(relationship), work.FullName, cancellationToken);
                }
                catch (ImportException ex)
                {
                    throw new UserErrorException(ex.Message, ex);
                }

                var output = parseResult.InvocationConfiguration.Output;
                if (parseResult.GetValue(json))
                {
                    await output.WriteLineAsync(JsonSerializer.Serialize(
                        new { result.N, result.Baseline, result.Fingerprint, result.Personalised, result.WithoutModel, result.VoiceModel, result.FromMemory, result.Contact, result.Provider },
                        WhatStyleJson.Indented));
                    return ExitCodes.Success;
                }

                Write(output, result, compared.Take(Math.Max(0, parseResult.GetValue(samples))));
                return ExitCodes.Success;
            }
            finally
            {
                work.Delete(recursive: true);
            }
        });
        return command;
    }

    private static ServiceProvider Build(string dataDirectory)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Connection"] = "direct", ["Storage:Password"] = null, ["Storage:Provider"] = "litedb" })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddWhatStyleProcessDefaults(LogLevel.Warning);
        services.AddWhatStyleTools(configuration, dataDirectory);
        services.AddReplyAgent(configuration);
        services.AddSingleton<VoiceEvaluator>();
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = CliServices.ValidateGraph, ValidateScopes = true });
        provider.ValidateOptionsNow();
        return provider;
    }

    private static void Write(TextWriter output, VoiceEvaluation result, IEnumerable<VoiceSample> samples)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        console.Profile.Width = Math.Max(console.Profile.Width, 120);
        var table = new Table().AddColumns("system", "style distance (lower is better)", "similarity (higher is better)");
        table.AddRow("baseline (no personalisation)", F(result.Baseline.StyleDistance), F(result.Baseline.Similarity));
        table.AddRow("fingerprint alone", F(result.Fingerprint.StyleDistance), F(result.Fingerprint.Similarity));
        if (result.VoiceModel is not null && result.WithoutModel is { } without)
        {
            table.AddRow("full system without the voice model", F(without.StyleDistance), F(without.Similarity));
        }

        table.AddRow("personalised (full system)", F(result.Personalised.StyleDistance), F(result.Personalised.Similarity));
        console.Write(table);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{result.N} replies to {result.Contact} compared ({result.Provider}); style distance {result.StyleGain:P0} lower than the baseline; {result.FromMemory:P0} of the full system's replies in your own past words."));
        output.WriteLine(result.VoiceModel is { } model
            ? $"voice model v{model.Version}, learned from {model.Examples} of your replies in the first 80%."
            : "no voice model: too few of your replies in the first 80% to train one.");
        foreach (var sample in samples)
        {
            output.WriteLine($"- they wrote: {sample.Incoming.ReplaceLineEndings(" / ")}");
            output.WriteLine($"  you wrote: {sample.Actual}");
            output.WriteLine($"  baseline: {sample.Baseline} | fingerprint: {sample.Fingerprint} | personalised: {sample.Personalised}");
        }
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
