using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Tools.Voice.Model;

namespace WhatStyle.Cli.Commands;

/// <summary>
/// `whatstyle train --voice`: trains a new version of the owner's voice model from the data directory (the owner's
/// replies, approved, edited and rejected drafts) and keeps it beside the earlier ones.
/// </summary>
internal static class TrainVoice
{
    public static async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        await using var services = CliServices.Build(parseResult);
        var result = await services.GetRequiredService<VoiceTrainer>().TrainAsync(force: true, cancellationToken);
        if (!result.Trained)
        {
            throw new UserErrorException($"No voice model trained: {result.Reason} (import a chat export with `whatstyle import`, or decide some drafts).");
        }

        var manifest = result.Manifest!;
        var store = services.GetRequiredService<VoiceModelStore>();
        var kinds = string.Join(", ", manifest.Examples.Where(e => e.Value > 0).Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Value} {Label(e.Key)}")));
        await parseResult.InvocationConfiguration.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"voice model v{manifest.Version} written to {store.DirectoryOf(manifest.Version)} from {manifest.TotalExamples} examples ({kinds}); {store.Versions().Count} version(s) kept."));
        return ExitCodes.Success;
    }

    private static string Label(string kind) => kind switch
    {
        "owner" => "of your replies",
        "approved" => "approved drafts",
        "edited" => "edited drafts",
        "rejected" => "rejected drafts",
        _ => kind,
    };
}
